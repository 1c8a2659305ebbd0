import ArgumentParser

/// `ssp lab …`: the whole system on one machine.
struct LabCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Run the local lab: a generated PKI, the SM-DP+ with the TS.48 inventory, and a virtual device.",
        subcommands: [LabUpCommand.self]
    )
}
