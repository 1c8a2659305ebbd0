import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOSSL
import SGP22
import ServiceLifecycle

/// Sends ES2+ HandleDownloadProgressInfo to the operator's callback URL, off the download's path.
///
/// ``report(_:)`` only queues the event. The notifier runs as a service of the application: each queued event is
/// POSTed by its own task, retried up to `limits.callbackAttempts` times with a doubling delay, and dropped (with
/// an error log) when every attempt failed, so a slow or absent operator never delays an eUICC. The operator
/// answers HTTP 204 (any 2xx is taken as delivered).
public final class OperatorCallbackNotifier: DownloadProgressReporting, Service, CustomStringConvertible {
    /// Where the callbacks go.
    public let callbackURL: String
    private let requesterIdentifier: String
    private let limits: SMDPLimits
    private let clientConfiguration: HTTPClient.Configuration
    private let logger: Logger
    private let events: AsyncStream<DownloadProgressEvent>
    private let continuation: AsyncStream<DownloadProgressEvent>.Continuation

    /// A notifier posting to `callbackURL`. Its HTTP client exists only while ``run()`` runs, so a notifier that
    /// never runs holds nothing that needs shutting down.
    public init(
        callbackURL: String, requesterIdentifier: String, limits: SMDPLimits,
        tlsConfiguration: TLSConfiguration? = nil, logger: Logger
    ) {
        self.callbackURL = callbackURL
        self.requesterIdentifier = requesterIdentifier
        self.limits = limits
        self.logger = logger
        var configuration = HTTPClient.Configuration(tlsConfiguration: tlsConfiguration)
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(10))
        clientConfiguration = configuration
        (events, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(10_000))
    }

    public var description: String { "OperatorCallbackNotifier(\(callbackURL))" }

    public func report(_ event: DownloadProgressEvent) {
        if case .dropped = continuation.yield(event) {
            logger.error("callback queue full, dropped an event", metadata: ["iccid": "\(event.iccid)"])
        }
    }

    /// Delivers queued events until graceful shutdown, then finishes the deliveries under way and shuts the HTTP
    /// client down.
    public func run() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for await event in events {
                    group.addTask { await self.deliver(event, with: client) }
                }
            }
        } onGracefulShutdown: {
            self.continuation.finish()
        }
        try await client.shutdown()
    }

    /// Posts one event, retrying; returns whether the operator accepted it.
    @discardableResult
    func deliver(_ event: DownloadProgressEvent, with client: HTTPClient) async -> Bool {
        let message = ES2Plus.HandleDownloadProgressInfoRequest(
            header: RequestHeader(
                functionRequesterIdentifier: requesterIdentifier, functionCallIdentifier: UUID().uuidString),
            eid: event.eid, iccid: event.iccid, profileType: event.profileType, timestamp: event.timestamp,
            notificationPointId: event.point, notificationPointStatus: event.status, resultData: event.resultData)
        let metadata: Logger.Metadata = [
            "iccid": "\(event.iccid)", "notificationPointId": "\(event.point.rawValue)",
            "status": "\(event.status.status.rawValue)",
        ]
        let body: Data
        do {
            body = try RSPJSON.encode(message)
        } catch {
            logger.error("cannot encode HandleDownloadProgressInfo: \(error)", metadata: metadata)
            return false
        }
        var delay = limits.callbackRetryDelay
        for attempt in 1...limits.callbackAttempts {
            var request = HTTPClientRequest(url: callbackURL)
            request.method = .POST
            for (name, value) in RSPHTTPBinding.requestHeaders {
                request.headers.add(name: name, value: value)
            }
            request.body = .bytes(ByteBuffer(bytes: body))
            do {
                let response = try await client.execute(request, timeout: .seconds(15), logger: logger)
                _ = try? await response.body.collect(upTo: 64 * 1024)
                if (200..<300).contains(Int(response.status.code)) {
                    logger.info("HandleDownloadProgressInfo delivered", metadata: metadata)
                    return true
                }
                logger.warning(
                    "HandleDownloadProgressInfo attempt \(attempt) answered HTTP \(response.status.code)",
                    metadata: metadata)
            } catch {
                logger.warning("HandleDownloadProgressInfo attempt \(attempt) failed: \(error)", metadata: metadata)
            }
            if attempt < limits.callbackAttempts {
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
                delay *= 2
            }
        }
        logger.error(
            "HandleDownloadProgressInfo not delivered after \(limits.callbackAttempts) attempts", metadata: metadata)
        return false
    }
}
