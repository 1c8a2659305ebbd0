import ArgumentParser

/// `ssp card …`: virtual eUICCs that live in a file.
struct CardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Create, inspect and serve virtual SGP.22 eUICCs (one SQLite file per card).",
        subcommands: [CardCreateCommand.self, CardShowCommand.self, CardServeCommand.self]
    )
}
