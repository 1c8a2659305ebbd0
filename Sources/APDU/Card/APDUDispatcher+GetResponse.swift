extension APDUDispatcher {
    /// GET RESPONSE (ISO/IEC 7816-4 §11.7.1, ETSI TS 102 221 §11.1.13): P1 P2 `0000`, Le required.
    ///
    /// Le `00` takes up to 256 bytes; a non-zero Le takes exactly that many, or is answered `6Cxx` with the
    /// exact count when fewer are waiting (as under T=0). When bytes remain, `61xx` announces them.
    func getResponse(_ command: CommandAPDU, on channel: Int) throws(CardStatusError) -> ResponseAPDU {
        guard command.p1 == 0, command.p2 == 0 else {
            throw CardStatusError(.incorrectP1P2, reason: "GET RESPONSE P1 P2 must be 0000")
        }
        guard command.data.isEmpty, let ne = command.ne else {
            throw CardStatusError(.wrongLength, reason: "GET RESPONSE carries Le and no data")
        }
        guard var pending = channels[channel]?.pendingResponse else {
            throw CardStatusError(.conditionsNotSatisfied, reason: "no response waiting on channel \(channel)")
        }
        if ne != 256, ne > pending.remaining {
            return ResponseAPDU(statusWord: .wrongLe(exactLength: pending.remaining))
        }
        let chunk = pending.take(ne)
        if pending.remaining == 0 {
            channels[channel]?.pendingResponse = nil
            return ResponseAPDU(data: chunk, statusWord: .success)
        }
        channels[channel]?.pendingResponse = pending
        return ResponseAPDU(data: chunk, statusWord: .responseBytesAvailable(pending.remaining))
    }
}
