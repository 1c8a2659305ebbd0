/// A plain sentence for the user when a `ssp card` command cannot do what was asked.
struct CardCommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
