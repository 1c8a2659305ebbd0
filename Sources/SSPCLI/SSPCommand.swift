import ArgumentParser

/// The root of the `ssp` command tree.
public struct SSPCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ssp",
        abstract: "Remote provisioning for the iSSP and GSMA eSIM: servers, PKI and virtual devices.",
        subcommands: [LabCommand.self, PKICommand.self, CardCommand.self, DeviceCommand.self, ServeCommand.self, SMDPCommand.self, BenchCommand.self]
    )

    public init() {}
}
