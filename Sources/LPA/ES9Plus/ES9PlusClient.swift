import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOSSL
import SGP22

/// The LPA's HTTPS client for ES9+ (SGP.22 §5.6 and §6.5): POSTs a JSON request to
/// `https://<SM-DP+ address>/gsma/rsp2/es9plus/<function>` with `X-Admin-Protocol: gsma/rsp/v2.2.0` and
/// `Content-Type: application/json`, checks the server's TLS certificate against ``ServerTrust``, and turns a
/// `functionExecutionStatus` failure into ``ES9PlusError/functionFailed(_:address:status:)`` with the subject
/// and reason codes.
///
/// Call ``shutdown()`` when done (or use ``withClient(_:_:)``): the connection pool must be closed before the
/// client goes away.
public final class ES9PlusClient: Sendable {
    /// How the client connects.
    public struct Configuration: Sendable {
        /// Which roots the server's TLS certificate must chain to.
        public var trust: ServerTrust
        /// The longest one call may take, in seconds.
        public var requestTimeoutSeconds: Int64
        /// The longest the TCP and TLS connection may take to set up, in seconds.
        public var connectTimeoutSeconds: Int64
        /// The largest response body accepted.
        public var maximumResponseSize: Int
        /// Where the client logs each call (at debug level) and each failure (at notice level).
        public var logger: Logger

        /// The system roots, 60 s per call, 10 s to connect, 16 MiB bodies.
        public init(
            trust: ServerTrust = .systemRoots, requestTimeoutSeconds: Int64 = 60, connectTimeoutSeconds: Int64 = 10,
            maximumResponseSize: Int = RSPJSON.defaultMaximumSize,
            logger: Logger = Logger(label: "ssp.lpa.es9plus")
        ) {
            self.trust = trust
            self.requestTimeoutSeconds = requestTimeoutSeconds
            self.connectTimeoutSeconds = connectTimeoutSeconds
            self.maximumResponseSize = maximumResponseSize
            self.logger = logger
        }
    }

    /// The settings the client was made with.
    public let configuration: Configuration
    private let http: HTTPClient

    /// A client with its own connection pool.
    public init(configuration: Configuration = Configuration()) throws(ES9PlusError) {
        self.configuration = configuration
        var settings = HTTPClient.Configuration(
            tlsConfiguration: try configuration.trust.tlsConfiguration(),
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(configuration.connectTimeoutSeconds)))
        settings.httpVersion = .http1Only
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: settings)
    }

    /// Runs `body` with a new client and shuts it down afterwards, whatever happens.
    public static func withClient<Result: Sendable>(
        _ configuration: Configuration = Configuration(), _ body: (ES9PlusClient) async throws -> Result
    ) async throws -> Result {
        let client = try ES9PlusClient(configuration: configuration)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    /// Closes the connection pool. Calls after this fail.
    public func shutdown() async {
        do {
            try await http.shutdown()
        } catch {
            configuration.logger.debug("ES9+ client shutdown: \(error)")
        }
    }

    // MARK: Functions

    /// Calls a function that answers with a JSON body and returns that body when the function ran.
    ///
    /// - Parameter address: the SM-DP+ address, as in the activation code (`host` or `host:port`).
    /// - Throws: ``ES9PlusError``; `.functionFailed` when the header says `Failed` or `Expired`.
    public func call<Request: ES9PlusRequest>(
        _ request: Request, at address: String
    ) async throws(ES9PlusError) -> Request.Response where Request.Response: RSPResponseMessage {
        let function = Request.function
        let (status, body) = try await post(request, at: address)
        guard status == function.successHTTPStatus else {
            throw .httpStatus(function, address: address, status: status, body: Self.excerpt(body))
        }
        let outcome: FunctionOutcome<Request.Response>
        do {
            outcome = try RSPJSON.decodeOutcome(
                Request.Response.self, from: Data(body), maximumSize: configuration.maximumResponseSize)
        } catch {
            throw .malformedResponse(function, address: address, reason: error.description)
        }
        switch outcome {
        case .executed(let response):
            if response.header.functionExecutionStatus.status == .executedWithWarning {
                configuration.logger.notice(
                    "ES9+ \(function.rawValue) at \(address) ran with a warning: \(response.header.functionExecutionStatus)")
            }
            return response
        case .notExecuted(let status):
            configuration.logger.notice("ES9+ \(function.rawValue) at \(address) failed: \(status)")
            throw .functionFailed(function, address: address, status: status)
        }
    }

    /// ES9+.HandleNotification: delivers one pending notification, exactly as the eUICC signed it.
    ///
    /// Succeeds only on the acknowledgement SGP.22 defines, HTTP 204 (a 200 whose header says the function ran
    /// is accepted too, as some servers answer that way).
    public func handleNotification(_ pendingNotification: [UInt8], at address: String) async throws(ES9PlusError) {
        let function = ES9PlusFunction.handleNotification
        let (status, body) = try await post(
            ES9Plus.HandleNotificationRequest(pendingNotification: pendingNotification), at: address)
        switch status {
        case 204:
            return
        case 200:
            do {
                let header = try RSPJSON.decode(HeaderOnlyResponse.self, from: Data(body))
                guard header.header.functionExecutionStatus.isExecuted else {
                    throw ES9PlusError.functionFailed(
                        function, address: address, status: header.header.functionExecutionStatus)
                }
            } catch let error as ES9PlusError {
                throw error
            } catch {
                throw .httpStatus(function, address: address, status: status, body: Self.excerpt(body))
            }
        default:
            throw .httpStatus(function, address: address, status: status, body: Self.excerpt(body))
        }
    }

    // MARK: HTTP

    /// The URL of `function` at `address`.
    public static func url(for function: ES9PlusFunction, at address: String) throws(ES9PlusError) -> URL {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalidAddress(address, reason: "it is empty") }
        if let bad = trimmed.first(where: { "/?#@ \\".contains($0) || !$0.isASCII }) {
            throw .invalidAddress(address, reason: "it contains '\(bad)'; give a host name, optionally with :port")
        }
        guard let url = URL(string: "https://\(trimmed)\(function.path)"), let host = url.host, !host.isEmpty else {
            throw .invalidAddress(address, reason: "it is not a host name, optionally with :port")
        }
        return url
    }

    private func post<Request: ES9PlusRequest>(
        _ request: Request, at address: String
    ) async throws(ES9PlusError) -> (status: Int, body: [UInt8]) {
        let function = Request.function
        let url = try Self.url(for: function, at: address)
        let json: Data
        do {
            json = try RSPJSON.encode(request)
        } catch {
            throw .requestEncoding(function, reason: error.description)
        }
        var httpRequest = HTTPClientRequest(url: url.absoluteString)
        httpRequest.method = .POST
        httpRequest.headers.add(name: RSPHTTPBinding.contentTypeHeaderName, value: "application/json")
        httpRequest.headers.add(name: RSPHTTPBinding.adminProtocolHeaderName, value: RSPHTTPBinding.adminProtocol)
        httpRequest.headers.add(name: RSPHTTPBinding.userAgentHeaderName, value: RSPHTTPBinding.lpaUserAgent)
        httpRequest.body = .bytes(ByteBuffer(bytes: json))
        configuration.logger.debug("ES9+ \(function.rawValue) → \(url.absoluteString) (\(json.count) bytes)")
        do {
            let response = try await http.execute(httpRequest, timeout: .seconds(configuration.requestTimeoutSeconds))
            let buffer = try await response.body.collect(upTo: configuration.maximumResponseSize)
            let status = Int(response.status.code)
            if let protocolVersion = response.headers.first(name: RSPHTTPBinding.adminProtocolHeaderName),
                !RSPHTTPBinding.isSupportedAdminProtocol(protocolVersion)
            {
                throw ES9PlusError.malformedResponse(
                    function, address: address,
                    reason: "X-Admin-Protocol \"\(protocolVersion)\" is not an SGP.22 v2 protocol")
            }
            configuration.logger.debug("ES9+ \(function.rawValue) ← HTTP \(status) (\(buffer.readableBytes) bytes)")
            return (status, Array(buffer.readableBytesView))
        } catch let error as ES9PlusError {
            throw error
        } catch {
            throw Self.classify(error, function: function, address: address)
        }
    }

    /// Tells a TLS refusal from an unreachable server.
    static func classify(_ error: any Error, function: ES9PlusFunction, address: String) -> ES9PlusError {
        if error is NIOSSLError || error is NIOSSLExtraError {
            return .untrustedServer(function, address: address, reason: String(describing: error))
        }
        if error is NIOTooManyBytesError {
            return .malformedResponse(function, address: address, reason: "the response body is too large")
        }
        return .unreachable(function, address: address, reason: String(describing: error))
    }

    private static func excerpt(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
