import LPA
import SGP22

/// One pending notification as `ssp device notifications` shows it.
struct NotificationSummary: Codable, Hashable {
    var seqNumber: Int
    var operation: String
    var iccid: String
    var notificationAddress: String
    /// After `--send`: `delivered`, `kept` or `waiting`; absent when only listing.
    var delivery: String?
    /// Why it was kept, after `--send`.
    var reason: String?

    init(_ metadata: NotificationMetadata, delivery: String? = nil, reason: String? = nil) {
        seqNumber = metadata.seqNumber
        operation = NotificationWording.operation(metadata)
        iccid = NotificationWording.iccid(metadata)
        notificationAddress = metadata.notificationAddress
        self.delivery = delivery
        self.reason = reason
    }

    init(_ entry: NotificationDeliveryReport.Entry) {
        switch entry.outcome {
        case .delivered: self.init(entry.metadata, delivery: "delivered")
        case .deliveredButNotRemoved(let error):
            self.init(entry.metadata, delivery: "delivered", reason: "still on the card: \(error)")
        case .kept(let error): self.init(entry.metadata, delivery: "kept", reason: error.description)
        case .waiting:
            self.init(entry.metadata, delivery: "waiting", reason: "an earlier notification to this address failed")
        }
    }
}

/// Prints notification lists and delivery reports.
enum NotificationOutput {
    static func table(_ notifications: [NotificationSummary]) -> String {
        guard !notifications.isEmpty else { return "No notifications are pending." }
        let withDelivery = notifications.contains { $0.delivery != nil }
        let header = ["SEQ", "OPERATION", "ICCID", "ADDRESS"] + (withDelivery ? ["DELIVERY"] : [])
        let rows = notifications.map { item in
            [String(item.seqNumber), item.operation, item.iccid, item.notificationAddress]
                + (withDelivery ? [item.delivery ?? "-"] : [])
        }
        var text = TextTable.render(header: header, rows: rows)
        for item in notifications where item.reason != nil && item.delivery == "kept" {
            text += "\nNotification \(item.seqNumber): \(item.reason ?? "")"
        }
        return text
    }

    /// One or two lines after an operation: how many notifications went out, how many wait.
    static func printSummary(_ report: NotificationDeliveryReport) {
        let delivered = report.delivered.count
        let pending = report.pending.count
        if delivered > 0 {
            print("Delivered \(delivered) notification\(delivered == 1 ? "" : "s") to the SM-DP+.")
        }
        if pending > 0 {
            print("\(pending) notification\(pending == 1 ? " stays" : "s stay") on the card for later "
                + "(`ssp device notifications --send`):")
            for entry in report.entries where !entry.wasDelivered {
                print("  " + (NotificationSummary(entry).reason.map { "#\(entry.metadata.seqNumber): \($0)" } ?? ""))
            }
        }
    }
}
