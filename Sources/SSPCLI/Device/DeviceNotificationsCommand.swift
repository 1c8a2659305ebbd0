import ArgumentParser
import LPA

/// `ssp device notifications [--send]`.
struct DeviceNotificationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifications",
        abstract: "List the notifications waiting on the card; with --send, deliver them.",
        discussion: """
            Each notification is removed from the card once its SM-DP+ acknowledged it (HTTP 204). Those that \
            cannot be delivered stay on the card, in sequence-number order, for the next attempt.
            """)

    @Flag(help: "Deliver the pending notifications now.")
    var send = false

    @Flag(help: "Write JSON instead of a table.")
    var json = false

    @OptionGroup var device: DeviceOptions

    init() {}

    func run() async throws {
        let summaries = try await VirtualDevice(directory: device.url).withLPA { lpa, _ in
            if send {
                return try await lpa.sendPendingNotifications().entries.map(NotificationSummary.init)
            }
            return try await lpa.pendingNotifications().map { NotificationSummary($0) }
        }
        if json { try JSONOutput.print(summaries) } else { print(NotificationOutput.table(summaries)) }
        if send, summaries.contains(where: { $0.delivery != "delivered" }) {
            throw ExitCode(2)
        }
    }
}
