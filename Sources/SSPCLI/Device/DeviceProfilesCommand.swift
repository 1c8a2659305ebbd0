import ArgumentParser
import LPA

/// `ssp device profiles`: the installed profiles.
struct DeviceProfilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: "List the installed profiles (ES10c GetProfilesInfo).")

    @Flag(help: "Write JSON instead of a table.")
    var json = false

    @OptionGroup var device: DeviceOptions

    init() {}

    func run() async throws {
        let profiles = try await VirtualDevice(directory: device.url).withLPA { lpa, _ in
            try await lpa.profiles().map(ProfileSummary.init)
        }
        if json { try JSONOutput.print(profiles) } else { print(ProfileSummary.table(profiles)) }
    }
}
