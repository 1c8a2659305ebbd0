import Foundation
import Hummingbird
import Logging
import NIOCore
import SGP22
import ServiceLifecycle

/// The operator's end of ES2+ HandleDownloadProgressInfo: a plain-HTTP server on loopback that records every
/// callback and answers HTTP 204, or fails the first `failures` calls with HTTP 503 to exercise retries.
final class OperatorStub: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [ES2Plus.HandleDownloadProgressInfoRequest] = []
    private var attempts = 0
    private var failuresLeft: Int
    private var group: ServiceGroup?
    private var task: Task<Void, any Error>?
    private(set) var port = 0

    init(failures: Int = 0) {
        failuresLeft = failures
    }

    var url: String { "http://127.0.0.1:\(port)/gsma/rsp2/es2plus/handleDownloadProgressInfo" }

    /// Callbacks received so far.
    var callbacks: [ES2Plus.HandleDownloadProgressInfoRequest] {
        lock.withLock { received }
    }

    /// Calls seen so far, failed ones included.
    var attemptCount: Int { lock.withLock { attempts } }

    func start() async throws {
        let router = Router()
        router.post("/gsma/rsp2/es2plus/handleDownloadProgressInfo") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            return self.record(Data(buffer: body))
        }
        let (started, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "operator-stub")
        logger.logLevel = .error
        let application = Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) }, logger: logger)
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [application], logger: logger))
        self.group = group
        task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        for await port in started {
            self.port = port
            break
        }
        guard port != 0 else { throw TestFailure("the operator stub did not start") }
    }

    func stop() async throws {
        await group?.triggerGracefulShutdown()
        try await task?.value
    }

    /// Waits until at least `count` callbacks arrived (or `timeout` seconds passed) and returns them.
    func waitForCallbacks(_ count: Int, timeout: Double = 10) async -> [ES2Plus.HandleDownloadProgressInfoRequest] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = callbacks
            if current.count >= count { return current }
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
        return callbacks
    }

    private func record(_ body: Data) -> Response {
        lock.withLock {
            attempts += 1
            if failuresLeft > 0 {
                failuresLeft -= 1
                return Response(status: .serviceUnavailable)
            }
            guard let message = try? RSPJSON.decode(ES2Plus.HandleDownloadProgressInfoRequest.self, from: body) else {
                return Response(status: .badRequest)
            }
            received.append(message)
            return Response(status: .noContent)
        }
    }
}
