/// The blocks of one STORE DATA command received so far on a logical channel.
///
/// GlobalPlatform Card Specification §11.11.2.2 numbers the blocks of one command in P2 from `00`, one up per
/// block; SGP.22 §5.7.2 restarts the numbering for each ES10 command. A block `00` therefore always starts a
/// new command, dropping an unfinished one (as an ISD-R does); any other number must be the next one expected.
struct StoreDataChain: Sendable {
    /// The data of the blocks accepted so far.
    private(set) var data: [UInt8] = []
    /// The block number the next block must carry; 0 when no command is in progress.
    private(set) var nextBlockNumber = 0

    /// Whether blocks of an unfinished command are held.
    var isInProgress: Bool { nextBlockNumber > 0 }

    /// Accepts one block.
    ///
    /// - Throws: `6A86` when the block number is neither `00` nor the next one expected, `6A84` when the
    ///   reassembled command would exceed `maximumLength`. The chain is dropped in both cases.
    mutating func accept(blockNumber: UInt8, data block: [UInt8], maximumLength: Int) throws(CardStatusError) {
        if blockNumber == 0 {
            reset()
        } else if Int(blockNumber) != nextBlockNumber {
            let expected = nextBlockNumber
            reset()
            throw CardStatusError(
                .incorrectP1P2, reason: "STORE DATA block number \(blockNumber), expected \(expected) or 0")
        }
        guard data.count + block.count <= maximumLength else {
            reset()
            throw CardStatusError(
                .notEnoughMemory, reason: "STORE DATA command longer than \(maximumLength) bytes")
        }
        data += block
        nextBlockNumber += 1
    }

    /// Returns the complete command and clears the chain.
    mutating func finish() -> [UInt8] {
        defer { reset() }
        return data
    }

    /// Drops any blocks held.
    mutating func reset() {
        data = []
        nextBlockNumber = 0
    }
}
