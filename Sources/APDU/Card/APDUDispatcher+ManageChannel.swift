extension APDUDispatcher {
    /// MANAGE CHANNEL (ISO/IEC 7816-4 §11.1.2, ETSI TS 102 221 §11.1.17).
    ///
    /// - P1 `00` opens: P2 `00` lets the card choose the lowest free channel and answers its number in one byte;
    ///   P2 `01`-`13` opens that channel and answers no data. A channel opened from the basic channel starts with
    ///   the default application (if any) selected; one opened from another channel inherits its selection.
    /// - P1 `80` closes the channel in P2, or with P2 `00` the channel the command came on. The basic channel
    ///   cannot be closed.
    func manageChannel(_ command: CommandAPDU, from channel: Int) throws(CardStatusError) -> ResponseAPDU {
        guard command.data.isEmpty else {
            throw CardStatusError(.wrongLength, reason: "MANAGE CHANNEL carries no command data")
        }
        switch command.p1 {
        case 0x00:
            let target: Int
            if command.p2 == 0 {
                guard let free = (1..<maximumChannels).first(where: { channels[$0] == nil }) else {
                    throw CardStatusError(
                        .functionNotSupported, reason: "all \(maximumChannels) logical channels are open")
                }
                target = free
            } else {
                target = Int(command.p2)
                guard target <= ClassByte.highestChannel else {
                    throw CardStatusError(.incorrectP1P2, reason: "no logical channel \(target)")
                }
                guard target < maximumChannels else {
                    throw CardStatusError(.logicalChannelNotSupported, reason: "channel \(target) not supported")
                }
                guard channels[target] == nil else {
                    throw CardStatusError(.incorrectP1P2, reason: "logical channel \(target) is already open")
                }
            }
            let inherited = channel == 0 ? defaultApplicationIndex : channels[channel]?.selectedApplication
            channels[target] = LogicalChannelState(selectedApplication: inherited)
            return command.p2 == 0
                ? ResponseAPDU(data: [UInt8(target)], statusWord: .success)
                : ResponseAPDU(statusWord: .success)
        case 0x80:
            let target = command.p2 == 0 ? channel : Int(command.p2)
            guard target != 0 else {
                throw CardStatusError(.incorrectP1P2, reason: "the basic channel cannot be closed")
            }
            guard channels[target] != nil else {
                throw CardStatusError(.logicalChannelNotSupported, reason: "logical channel \(target) is not open")
            }
            channels[target] = nil
            return ResponseAPDU(statusWord: .success)
        default:
            throw CardStatusError(.incorrectP1P2, reason: "MANAGE CHANNEL P1 must be 00 (open) or 80 (close)")
        }
    }
}
