import ArgumentParser
import SMDPPlus

/// `ssp smdp profiles list`: the inventory with each profile's state.
struct SMDPProfilesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the profiles and their states.")

    @OptionGroup var options: SMDPOptions

    init() {}

    func run() async throws {
        let configuration = try options.configuration()
        let profiles = try await SQLiteStorage(path: configuration.databasePath).profiles()
        for profile in profiles {
            let state = profile.state.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            print("\(profile.iccid)  \(state) \(profile.profileType)")
        }
        print("\(profiles.count) profiles, \(profiles.filter { $0.state == .available }.count) available")
    }
}
