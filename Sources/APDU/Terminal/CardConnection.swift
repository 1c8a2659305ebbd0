/// The terminal's view of a card: send one command APDU, get one response APDU back.
///
/// PC/SC readers, the in-process `InProcessCardConnection` and test doubles all fit here; `ES10Transport`
/// builds MANAGE CHANNEL, SELECT, STORE DATA chaining and GET RESPONSE on top.
public protocol CardConnection: Sendable {
    /// Sends one command and returns the card's answer, exactly as the card gave it (no GET RESPONSE follow-up).
    func transmit(_ command: CommandAPDU) async throws -> ResponseAPDU
}
