import Foundation
import Logging
import SMDPPlus
import ServiceLifecycle

/// An SM-DP+ serving in the background of a test, stopped by graceful shutdown.
final class RunningServer: Sendable {
    let server: SMDPServer
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    private init(server: SMDPServer, group: ServiceGroup, task: Task<Void, any Error>) {
        self.server = server
        self.group = group
        self.task = task
    }

    /// The server's storage (the same database file the test may also open).
    var storage: any SMDPStorage { server.context.storage }

    /// Builds the application from `configuration`, starts it and returns once it accepts connections.
    static func start(
        _ configuration: SMDPConfiguration, clock: @escaping @Sendable () -> Date, logger: Logger
    ) async throws -> RunningServer {
        let server = try SMDPServer(configuration: configuration, clock: clock, logger: logger)
        let (started, continuation) = AsyncStream<Void>.makeStream()
        let application = try server.makeApplication(onServerRunning: { _ in continuation.yield() })
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [application], logger: logger))
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        var running = false
        for await _ in started {
            running = true
            break
        }
        guard running else {
            try await task.value
            throw TestFailure("the SM-DP+ stopped before it was running")
        }
        return RunningServer(server: server, group: group, task: task)
    }

    /// Graceful shutdown, waiting until the server is gone.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }
}

/// A test step that could not go on.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
