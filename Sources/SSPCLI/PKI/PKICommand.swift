import ArgumentParser

/// `ssp pki`: make and inspect the lab PKI.
public struct PKICommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pki",
        abstract: "Make and inspect the lab PKI (the SGP.22 eSIM hierarchy and the iSSP hierarchy).",
        subcommands: [PKIInitCommand.self, PKIShowCommand.self]
    )

    public init() {}
}
