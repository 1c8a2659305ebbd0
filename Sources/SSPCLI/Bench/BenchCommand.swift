import ArgumentParser

/// `ssp bench …`: figures and ratios, measured in one run on this machine (build with `-c release`).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the system's speed and print figures (build with -c release for meaningful numbers).",
        subcommands: [BenchCardCommand.self]
    )
}
