/// An application on the card that the `APDUDispatcher` selects by AID and hands its commands to.
///
/// The dispatcher owns everything ISO/IEC 7816-4 and GlobalPlatform say about the transport: logical channels,
/// SELECT, STORE DATA block chaining and GET RESPONSE. The application sees one complete ES10 command and gives
/// back one complete response; it never sees blocks, channels or `61xx`.
public protocol CardApplication: Sendable {
    /// The application's AID (5 to 16 bytes), matched in full or by prefix on SELECT.
    var aid: [UInt8] { get }

    /// Called on each successful SELECT of this application.
    ///
    /// - Returns: the information the dispatcher encodes as the FCI (or FCP) template.
    /// - Throws: `CardStatusError` to refuse the selection with a status word (the channel's selection is then
    ///   left as it was); any other error refuses it with `6F00`.
    func select() async throws -> FileControlInformation

    /// Handles one complete command delivered by STORE DATA: all blocks of the chain, reassembled.
    ///
    /// - Parameter command: the reassembled command data, e.g. an ES10 request such as `BF2E00`.
    /// - Returns: the complete response data; an empty response is answered with `9000` alone.
    /// - Throws: `CardStatusError` to answer with its status word; any other error is answered with `6F00`.
    func handleStoreData(_ command: [UInt8]) async throws -> [UInt8]

    /// Handles a command whose INS the dispatcher does not process itself (anything but MANAGE CHANNEL,
    /// SELECT, GET RESPONSE and STORE DATA), sent on a channel where this application is selected.
    ///
    /// - Parameters:
    ///   - command: the command as received; its class byte names the channel.
    ///   - channel: the logical channel, 0-19.
    /// - Returns: the response, or `nil` when this application does not know the instruction (answered `6D00`).
    ///   Response data of a `9000` response longer than Ne is delivered through `61xx` and GET RESPONSE.
    func handle(_ command: CommandAPDU, channel: Int) async throws -> ResponseAPDU?
}

extension CardApplication {
    /// The FCI with the AID alone.
    public func select() async throws -> FileControlInformation {
        FileControlInformation(aid: aid)
    }

    /// No instructions beyond STORE DATA.
    public func handle(_ command: CommandAPDU, channel: Int) async throws -> ResponseAPDU? {
        nil
    }
}
