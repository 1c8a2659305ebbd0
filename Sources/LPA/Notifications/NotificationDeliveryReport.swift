import SGP22

/// What happened to each pending notification in one delivery round.
public struct NotificationDeliveryReport: Sendable, CustomStringConvertible {
    /// One notification's fate.
    public struct Entry: Sendable {
        /// How it ended.
        public enum Outcome: Sendable {
            /// The SM-DP+ acknowledged it and the eUICC removed it.
            case delivered
            /// The SM-DP+ acknowledged it, but the eUICC could not remove it; it will be sent again.
            case deliveredButNotRemoved(ES10Error)
            /// It was not acknowledged; it stays on the eUICC for the next round.
            case kept(ES9PlusError)
            /// An earlier notification to the same address could not be delivered; this one waits behind it.
            case waiting
        }

        /// The notification's metadata (sequence number, operation, address, ICCID).
        public let metadata: NotificationMetadata
        /// How it ended.
        public let outcome: Outcome

        /// Whether the SM-DP+ acknowledged it.
        public var wasDelivered: Bool {
            switch outcome {
            case .delivered, .deliveredButNotRemoved: return true
            case .kept, .waiting: return false
            }
        }
    }

    /// Every pending notification, by sequence number.
    public let entries: [Entry]

    /// Builds a report.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The notifications that reached their SM-DP+.
    public var delivered: [NotificationMetadata] { entries.filter(\.wasDelivered).map(\.metadata) }
    /// The notifications still on the eUICC.
    public var pending: [NotificationMetadata] {
        entries.filter { entry in
            if case .delivered = entry.outcome { return false }
            return true
        }.map(\.metadata)
    }

    public var description: String {
        guard !entries.isEmpty else { return "No notifications were pending." }
        return entries.map { entry in
            let what = "Notification \(entry.metadata.seqNumber) (\(NotificationWording.operation(entry.metadata)))"
                + " to \(entry.metadata.notificationAddress)"
            switch entry.outcome {
            case .delivered: return "\(what) was delivered."
            case .deliveredButNotRemoved(let error):
                return "\(what) was delivered but is still on the eUICC: \(error)"
            case .kept(let error): return "\(what) is kept for later: \(error)"
            case .waiting: return "\(what) is kept for later, behind an earlier one to the same address."
            }
        }.joined(separator: "\n")
    }
}

/// Notifications in words.
public enum NotificationWording {
    /// The operation a notification reports: "install", "enable", "disable", "delete".
    public static func operation(_ metadata: NotificationMetadata) -> String {
        let event = metadata.profileManagementOperation
        if event.contains(.notificationInstall) { return "install" }
        if event.contains(.notificationEnable) { return "enable" }
        if event.contains(.notificationDisable) { return "disable" }
        if event.contains(.notificationDelete) { return "delete" }
        return "operation \(event.rawValue)"
    }

    /// The ICCID a notification is about, or `-`.
    public static func iccid(_ metadata: NotificationMetadata) -> String {
        guard let wire = metadata.iccid else { return "-" }
        return (try? ICCID(wire))?.digits ?? wire.description
    }
}
