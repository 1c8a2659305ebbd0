/// A `CardConnection` straight to an `APDUDispatcher` in the same process, for tests and the lab.
///
/// Commands travel as bytes, through the same encoding and parsing a reader would use.
public struct InProcessCardConnection: CardConnection {
    /// The card.
    public let card: APDUDispatcher

    /// A connection to `card`.
    public init(card: APDUDispatcher) {
        self.card = card
    }

    public func transmit(_ command: CommandAPDU) async throws -> ResponseAPDU {
        try ResponseAPDU(bytes: await card.process(command.bytes))
    }
}
