import ArgumentParser

/// `ssp smdp profiles`: the inventory.
struct SMDPProfilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "Import and list the SM-DP+'s profiles.",
        subcommands: [SMDPProfilesImportCommand.self, SMDPProfilesListCommand.self]
    )

    init() {}
}
