import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOSSL
import SGP22
import SMDPPlus
import SSPPKI

/// One lab: a fresh PKI written to a temporary folder in `ssp pki init`'s layout, an SM-DP+ configuration on a
/// free loopback port (address `localhost:PORT`), a clock the test can move, and an HTTPS client that trusts the
/// lab CI, as an LPA or an operator would.
final class TestLab: Sendable {
    let hierarchy: TestHierarchy
    let directory: URL
    let port: Int
    let configuration: SMDPConfiguration
    let clock: ManualClock
    let client: HTTPClient
    let logger: Logger
    private let started = StartedServers()

    var address: String { "localhost:\(port)" }
    var baseURL: String { "https://localhost:\(port)" }

    private init(
        hierarchy: TestHierarchy, directory: URL, port: Int, configuration: SMDPConfiguration, clock: ManualClock,
        client: HTTPClient, logger: Logger
    ) {
        self.hierarchy = hierarchy
        self.directory = directory
        self.port = port
        self.configuration = configuration
        self.clock = clock
        self.client = client
        self.logger = logger
    }

    /// Runs `body` with a new lab and shuts its HTTP client down afterwards.
    static func with<T>(
        limits: SMDPLimits = SMDPLimits(callbackRetryDelay: 0.05), callbackURL: String? = nil,
        configure: (inout SMDPConfiguration) -> Void = { _ in }, _ body: (TestLab) async throws -> T
    ) async throws -> T {
        let lab = try make(limits: limits, callbackURL: callbackURL, configure: configure)
        do {
            let result = try await body(lab)
            try await lab.tearDown()
            return result
        } catch {
            try? await lab.tearDown()
            throw error
        }
    }

    static func make(
        limits: SMDPLimits, callbackURL: String?, configure: (inout SMDPConfiguration) -> Void
    ) throws -> TestLab {
        var options = TestHierarchy.Options()
        options.hosts = ["localhost"]
        options.ipAddresses = ["127.0.0.1"]
        let hierarchy = try TestHierarchy.generate(options)
        let directory = try TestData.temporaryDirectory()
        try write(hierarchy, to: directory.appendingPathComponent("pki"))
        let port = try FreePort.find()
        var configuration = SMDPConfiguration.labPKI(
            directory: directory.appendingPathComponent("pki").path, address: "localhost:\(port)",
            databasePath: directory.appendingPathComponent("smdp.sqlite").path, port: port)
        configuration.limits = limits
        configuration.operatorCallbackURL = callbackURL
        configure(&configuration)

        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates([try NIOSSLCertificate(bytes: hierarchy.ci.certificateDER, format: .der)])
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: tls))
        var logger = Logger(label: "smdp-test")
        logger.logLevel = ProcessInfo.processInfo.environment["SMDP_TEST_LOG"] == nil ? .critical : .debug
        return TestLab(
            hierarchy: hierarchy, directory: directory, port: port, configuration: configuration, clock: ManualClock(),
            client: client, logger: logger)
    }

    /// Writes each identity's `cert.pem` and `key.pem` where `HierarchyLayout` puts them.
    static func write(_ hierarchy: TestHierarchy, to root: URL) throws {
        for identity in hierarchy.identities {
            guard let folder = HierarchyLayout.folder(for: identity.role) else { continue }
            let url = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try identity.certificatePEM.write(
                to: url.appendingPathComponent(HierarchyLayout.certificatePEM), atomically: true, encoding: .utf8)
            try identity.privateKeyPEM.write(
                to: url.appendingPathComponent(HierarchyLayout.privateKeyPEM), atomically: true, encoding: .utf8)
        }
    }

    /// Starts the SM-DP+ of this lab (again, after a stop: same port, same database).
    func start(_ configuration: SMDPConfiguration? = nil) async throws -> RunningServer {
        let server = try await RunningServer.start(
            configuration ?? self.configuration, clock: clock.function, logger: logger)
        started.add(server)
        return server
    }

    /// Stops every server the lab started (a test that failed half-way may have left one running) and the client.
    func tearDown() async throws {
        for server in started.all {
            try? await server.stop()
        }
        try await client.shutdown()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Imports the TS.48 packages into the lab's database.
    @discardableResult
    func importTS48(into server: RunningServer) async throws -> [InventoryProfile] {
        try await ProfileImporter(storage: server.storage, clock: clock.function).importDirectory(TestData.ts48)
            .imported
    }
}

/// The servers a lab started.
final class StartedServers: @unchecked Sendable {
    private let lock = NSLock()
    private var servers: [RunningServer] = []

    func add(_ server: RunningServer) { lock.withLock { servers.append(server) } }
    var all: [RunningServer] { lock.withLock { servers } }
}

/// What came back over HTTP.
struct RawAnswer: Sendable {
    var status: Int
    var adminProtocol: String?
    var contentType: String?
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The failed status of a header-only answer.
    func failure() throws -> FunctionExecutionStatus {
        try RSPJSON.decode(HeaderOnlyResponse.self, from: body).header.functionExecutionStatus
    }
}

extension TestLab {
    /// POSTs `body` to `path` with the given headers.
    func post(
        _ path: String, body: [UInt8], headers: [(String, String)] = RSPHTTPBinding.requestHeaders
    ) async throws -> RawAnswer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 32 << 20)
        return RawAnswer(
            status: Int(response.status.code), adminProtocol: response.headers.first(name: "X-Admin-Protocol"),
            contentType: response.headers.first(name: "Content-Type"), body: Array(buffer: bytes))
    }

    /// Calls an ES9+ function and reads the outcome.
    func es9<Message: ES9PlusRequest>(
        _ message: Message
    ) async throws -> FunctionOutcome<Message.Response> where Message.Response: RSPResponseMessage {
        let answer = try await post(Message.function.path, body: Array(try RSPJSON.encode(message)))
        guard answer.status == 200 else { throw TestFailure("\(Message.function) answered HTTP \(answer.status)") }
        return try RSPJSON.decodeOutcome(Message.Response.self, from: Data(answer.body))
    }

    /// Calls an ES2+ function and reads the outcome.
    func es2<Message: ES2PlusRequest>(
        _ message: Message
    ) async throws -> FunctionOutcome<Message.Response> where Message.Response: RSPResponseMessage {
        let answer = try await post(Message.function.path, body: Array(try RSPJSON.encode(message)))
        guard answer.status == 200 else { throw TestFailure("\(Message.function) answered HTTP \(answer.status)") }
        return try RSPJSON.decodeOutcome(Message.Response.self, from: Data(answer.body))
    }

    /// ES9+ HandleNotification; returns the HTTP status.
    func handleNotification(_ pendingNotification: [UInt8]) async throws -> Int {
        let message = ES9Plus.HandleNotificationRequest(pendingNotification: pendingNotification)
        return try await post(ES9PlusFunction.handleNotification.path, body: Array(try RSPJSON.encode(message))).status
    }

    static func header(_ requester: String = "OPERATOR-1") -> RequestHeader {
        RequestHeader(functionRequesterIdentifier: requester, functionCallIdentifier: UUID().uuidString)
    }
}

extension FunctionOutcome {
    /// The body, or a test failure naming the status.
    func executed(_ what: String = "call") throws -> Body {
        guard let body else { throw TestFailure("\(what) failed: \(functionExecutionStatus)") }
        return body
    }

    /// The status code data of a failure.
    var failureCode: StatusCodeData? {
        guard case .notExecuted(let status) = self else { return nil }
        return status.statusCodeData
    }
}

extension StatusCodeData {
    /// `8.10.1/3.9`, for comparisons in expectations.
    var pair: String { "\(subjectCode)/\(reasonCode)" }
}
