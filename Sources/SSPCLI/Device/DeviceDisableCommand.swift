import ArgumentParser
import LPA

/// `ssp device disable ICCID`.
struct DeviceDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable a profile (ES10c DisableProfile). Sends the notifications.")

    @Argument(help: "The profile's ICCID.")
    var iccid: String

    @OptionGroup var device: DeviceOptions

    init() {}

    func run() async throws {
        let iccid = try ProfileArgument.iccid(iccid)
        try await VirtualDevice(directory: device.url).withLPA { lpa, _ in
            let report = try await lpa.disableProfile(iccid)
            print("Disabled the profile \(iccid).")
            if let report { NotificationOutput.printSummary(report) }
        }
    }
}
