extension APDUDispatcher {
    /// STORE DATA (GlobalPlatform Card Specification §11.11, SGP.22 §5.7.2) to the application selected on the
    /// channel.
    ///
    /// P1 `11` marks a block that more blocks follow (answered `9000` without data), `91` the last block;
    /// P2 is the block number, from `00` for each command (`StoreDataChain`). On the last block the reassembled
    /// command goes to the application and its response is delivered as `deliver(_:ne:on:)` says.
    func storeData(_ command: CommandAPDU, on channel: Int) async throws(CardStatusError) -> ResponseAPDU {
        guard let index = channels[channel]?.selectedApplication else {
            throw CardStatusError(
                .conditionsNotSatisfied, reason: "STORE DATA with no application selected on channel \(channel)")
        }
        guard command.p1 == 0x11 || command.p1 == 0x91 else {
            channels[channel]?.storeData.reset()
            throw CardStatusError(.incorrectP1P2, reason: "STORE DATA P1 must be 11 (more blocks) or 91 (last)")
        }
        guard !command.data.isEmpty else {
            channels[channel]?.storeData.reset()
            throw CardStatusError(.wrongLength, reason: "STORE DATA block without data")
        }
        var chain = channels[channel]?.storeData ?? StoreDataChain()
        defer { channels[channel]?.storeData = chain }
        try chain.accept(blockNumber: command.p2, data: command.data, maximumLength: maximumCommandLength)
        guard command.p1 == 0x91 else {
            return ResponseAPDU(statusWord: .success)
        }
        let request = chain.finish()
        let response: [UInt8]
        do {
            response = try await applications[index].handleStoreData(request)
        } catch {
            throw Self.status(for: error)
        }
        return deliver(response, ne: command.ne, on: channel)
    }
}
