import Logging
import SGP22

/// Delivers the eUICC's pending notifications to the SM-DP+s they name (SGP.22 §3.5): ES10b.RetrieveNotificationsList,
/// ES9+.HandleNotification for each, and ES10b.RemoveNotificationFromList once the SM-DP+ acknowledged it.
///
/// The policy, in full (see docs/lpa.md):
/// - notifications go out in sequence-number order, each exactly as the eUICC signed it;
/// - one is removed from the eUICC only after its SM-DP+ acknowledged it (HTTP 204); until then it stays on
///   the eUICC, which survives restarts, and the next round sends it again;
/// - when an SM-DP+ cannot be reached (or is not trusted, or answers 5xx), the later notifications to the same
///   address wait behind the one that failed, so that a server never sees them out of order; notifications to
///   other addresses still go out;
/// - a refusal by a reachable SM-DP+ (HTTP 4xx, a failed status) keeps that notification too, and the round
///   goes on with the next one.
public struct NotificationSender: Sendable {
    /// The eUICC.
    public let card: ES10Client
    /// The HTTPS client.
    public let server: ES9PlusClient
    /// Where delivery is logged.
    public let logger: Logger

    /// A sender over a card and a client.
    public init(card: ES10Client, server: ES9PlusClient, logger: Logger = Logger(label: "ssp.lpa.notifications")) {
        self.card = card
        self.server = server
        self.logger = logger
    }

    /// Sends every pending notification (or those of `operations`) and removes the acknowledged ones.
    ///
    /// - Throws: only when the eUICC cannot list its notifications; delivery failures are in the report.
    public func deliverPending(operations: NotificationEvent? = nil) async throws(ES10Error) -> NotificationDeliveryReport {
        let pending = try await card.retrieveNotificationsList(operations.map { .profileManagementOperation($0) })
        let ordered = pending.sorted { $0.value.notificationMetadata.seqNumber < $1.value.notificationMetadata.seqNumber }
        var blocked: Set<String> = []
        var entries: [NotificationDeliveryReport.Entry] = []
        for notification in ordered {
            let metadata = notification.value.notificationMetadata
            let address = metadata.notificationAddress
            guard !blocked.contains(address.lowercased()) else {
                entries.append(.init(metadata: metadata, outcome: .waiting))
                continue
            }
            let outcome = await deliver(notification.derBytes, metadata: metadata)
            if case .kept(let error) = outcome, error.isServerUnavailable {
                blocked.insert(address.lowercased())
            }
            entries.append(.init(metadata: metadata, outcome: outcome))
        }
        return NotificationDeliveryReport(entries: entries)
    }

    /// Sends one notification and, once acknowledged, removes it from the eUICC.
    public func deliver(
        _ pendingNotification: [UInt8], metadata: NotificationMetadata
    ) async -> NotificationDeliveryReport.Entry.Outcome {
        let sequence = metadata.seqNumber
        do {
            try await server.handleNotification(pendingNotification, at: metadata.notificationAddress)
        } catch {
            logger.notice("notification \(sequence) kept: \(error)")
            return .kept(error)
        }
        do {
            try await card.removeNotificationFromList(seqNumber: sequence)
        } catch {
            logger.warning("notification \(sequence) delivered but not removed: \(error)")
            return .deliveredButNotRemoved(error)
        }
        logger.info(
            "notification \(sequence) (\(NotificationWording.operation(metadata))) delivered to \(metadata.notificationAddress)")
        return .delivered
    }
}
