import ArgumentParser
import LPA

/// `ssp device delete ICCID`.
struct DeviceDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a disabled profile (ES10c DeleteProfile). Sends the notifications.")

    @Argument(help: "The profile's ICCID.")
    var iccid: String

    @OptionGroup var device: DeviceOptions

    init() {}

    func run() async throws {
        let iccid = try ProfileArgument.iccid(iccid)
        try await VirtualDevice(directory: device.url).withLPA { lpa, _ in
            let report = try await lpa.deleteProfile(iccid)
            print("Deleted the profile \(iccid).")
            if let report { NotificationOutput.printSummary(report) }
        }
    }
}
