import Testing

@testable import APDU

@Suite("ATR, FCI and the STORE DATA chain")
struct CardValueTests {
    @Test("The eUICC ATR is well formed: 15 historical bytes and a TCK that checks")
    func answerToReset() {
        let atr = AnswerToReset.euicc.bytes
        #expect(atr.first == 0x3B)
        #expect(atr[1] & 0x0F == 15)
        #expect(atr.count == 22)  // TS T0 TA1 TD1 TD2 TA3 + 15 historical + TCK
        #expect(atr.dropFirst().reduce(0, ^) == 0)  // T0 ... TCK XOR to zero (ISO/IEC 7816-3 §8.2.5)
        #expect(Array(atr[6..<21]) == hex("8031E073FE211B633A204E83009000"))
    }

    @Test("FCI template 6F with 84 AID and A5 proprietary data")
    func fci() {
        let information = FileControlInformation(aid: hex("A0000005591010"), proprietaryData: hex("9F6501FF"))
        #expect(information.fciTemplate == hex("6F0F 8407A0000005591010 A5049F6501FF"))
        #expect(FileControlInformation(aid: hex("A000000559")).fciTemplate == hex("6F07 8405A000000559"))
        #expect(
            information.fcpTemplate == hex("6216 82027821 8407A0000005591010 A5049F6501FF 8A0105"))
    }

    @Test("Long FCI contents use BER long-form lengths")
    func longFCI() {
        let information = FileControlInformation(
            aid: hex("A000000559"), proprietaryData: [UInt8](repeating: 1, count: 200))
        let template = information.fciTemplate
        #expect(Array(template.prefix(3)) == hex("6F81D2"))  // 7 + 3 + 200 = 210
        #expect(Array(template[3..<10]) == hex("8405A000000559"))
        #expect(Array(template[10..<13]) == hex("A581C8"))
        #expect(template.count == 213)
        let huge = FileControlInformation(aid: hex("A000000559"), proprietaryData: [UInt8](repeating: 2, count: 300))
        #expect(Array(huge.fciTemplate.prefix(4)) == hex("6F820137"))
    }

    @Test("Blocks are numbered from 0; block 0 restarts; a wrong number drops the chain")
    func chain() throws {
        var chain = StoreDataChain()
        #expect(!chain.isInProgress)
        try chain.accept(blockNumber: 0, data: [1, 2], maximumLength: 10)
        try chain.accept(blockNumber: 1, data: [3], maximumLength: 10)
        #expect(chain.isInProgress && chain.nextBlockNumber == 2)
        try chain.accept(blockNumber: 0, data: [9], maximumLength: 10)
        #expect(chain.data == [9])
        #expect(throws: CardStatusError.self) { try chain.accept(blockNumber: 5, data: [1], maximumLength: 10) }
        #expect(!chain.isInProgress && chain.data.isEmpty)
        #expect(throws: CardStatusError(.incorrectP1P2, reason: "STORE DATA block number 1, expected 0 or 0")) {
            try chain.accept(blockNumber: 1, data: [1], maximumLength: 10)
        }
        try chain.accept(blockNumber: 0, data: [UInt8](repeating: 0, count: 10), maximumLength: 10)
        #expect {
            try chain.accept(blockNumber: 1, data: [1], maximumLength: 10)
        } throws: { error in
            (error as? CardStatusError)?.statusWord == .notEnoughMemory
        }
        try chain.accept(blockNumber: 0, data: [7, 8], maximumLength: 10)
        #expect(chain.finish() == [7, 8])
        #expect(!chain.isInProgress)
    }

    @Test("Pending responses hand out chunks until empty")
    func pending() {
        var pending = PendingResponse([1, 2, 3, 4, 5])
        #expect(pending.take(2) == [1, 2])
        #expect(pending.remaining == 3)
        #expect(pending.take(10) == [3, 4, 5])
        #expect(pending.remaining == 0 && pending.take(1).isEmpty)
    }
}
