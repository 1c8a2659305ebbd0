import ArgumentParser
import LPA

/// `ssp device enable ICCID`.
struct DeviceEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable",
        abstract: "Enable a profile (ES10c EnableProfile); the enabled one is disabled. Sends the notifications.")

    @Argument(help: "The profile's ICCID.")
    var iccid: String

    @OptionGroup var device: DeviceOptions

    init() {}

    func run() async throws {
        let iccid = try ProfileArgument.iccid(iccid)
        try await VirtualDevice(directory: device.url).withLPA { lpa, _ in
            let report = try await lpa.enableProfile(iccid)
            print("Enabled the profile \(iccid).")
            if let report { NotificationOutput.printSummary(report) }
        }
    }
}
