import ArgumentParser

/// `ssp smdp`: the operator's side of the SM-DP+, on its database.
public struct SMDPCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "smdp",
        abstract: "Stock profiles and place download orders on an SM-DP+.",
        subcommands: [SMDPProfilesCommand.self, SMDPOrderCommand.self]
    )

    public init() {}
}
