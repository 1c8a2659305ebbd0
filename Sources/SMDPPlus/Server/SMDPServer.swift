import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import ServiceLifecycle

/// An SM-DP+ ready to serve: its configuration loaded and checked, its database open, its operator callbacks set
/// up. ``makeApplication(onServerRunning:)`` builds the Hummingbird application (ES9+ and ES2+ routes over TLS
/// with the DP-TLS certificate); ``run()`` serves until SIGTERM or SIGINT.
public struct SMDPServer: Sendable {
    /// The configuration it was built from.
    public let configuration: SMDPConfiguration
    /// Storage, credentials, settings, clock, callbacks and logger.
    public let context: SMDPContext
    private let notifier: OperatorCallbackNotifier?
    private let tls: TLSConfiguration?

    /// Loads the credentials (checked against the trusted CIs at the clock's time), opens the database and
    /// prepares TLS and the operator callbacks.
    public init(
        configuration: SMDPConfiguration, clock: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "smdp")
    ) throws {
        try configuration.validate()
        let settings = configuration.settings
        let credentials = try configuration.loadCredentials(at: clock())
        let storage = try SQLiteStorage(path: configuration.databasePath)
        var notifier: OperatorCallbackNotifier?
        if let url = configuration.operatorCallbackURL {
            notifier = OperatorCallbackNotifier(
                callbackURL: url, requesterIdentifier: settings.requesterIdentifier, limits: settings.limits,
                tlsConfiguration: try TLSSetup.client(trustRoots: configuration.operatorCallbackTrustRoots),
                logger: logger)
        }
        self.configuration = configuration
        self.notifier = notifier
        self.tls = try configuration.tls.map(TLSSetup.server)
        self.context = SMDPContext(
            storage: storage, credentials: credentials, settings: settings,
            progress: notifier ?? NoDownloadProgressReporting(), clock: clock, logger: logger)
    }

    /// The application: `POST /gsma/rsp2/es9plus/*` and `/gsma/rsp2/es2plus/*` on the configured host and port,
    /// over TLS when a DP-TLS certificate is configured; the operator callbacks and the session janitor run as
    /// its services.
    public func makeApplication(
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let router = Router()
        let endpoint = RSPEndpoint(maximumSize: context.settings.limits.maximumRequestSize, logger: context.logger)
        ES9PlusController(service: ES9PlusService(context: context), endpoint: endpoint).addRoutes(to: router)
        ES2PlusController(service: ES2PlusService(context: context), endpoint: endpoint).addRoutes(to: router)
        var services: [any Service] = [
            SessionJanitor(storage: context.storage, clock: context.clock, logger: context.logger)
        ]
        if let notifier { services.append(notifier) }
        let server: HTTPServerBuilder = try tls.map { try .tls(.http1(), tlsConfiguration: $0) } ?? .http1()
        return Application(
            router: router, server: server,
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "ssp-smdp"),
            services: services, onServerRunning: onServerRunning, logger: context.logger)
    }

    /// Builds the application from `configuration` (see ``makeApplication(onServerRunning:)``).
    public static func makeApplication(
        configuration: SMDPConfiguration, clock: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "smdp"),
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        try SMDPServer(configuration: configuration, clock: clock, logger: logger)
            .makeApplication(onServerRunning: onServerRunning)
    }

    /// Serves until SIGTERM or SIGINT.
    public func run() async throws {
        try await makeApplication().runService()
    }
}
