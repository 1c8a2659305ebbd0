import ArgumentParser

/// `ssp serve`: run one of the project's servers.
public struct ServeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a server.",
        subcommands: [ServeSMDPCommand.self]
    )

    public init() {}
}
