import Testing

@testable import APDU

@Suite("Card side: STORE DATA chaining and GET RESPONSE")
struct DispatcherStoreDataTests {
    let isdR = EchoApplication(aid: WellKnownAID.isdR)
    let pattern = PatternApplication(aid: hex("A000000559AA"))

    func selectedCard(_ app: any CardApplication) async throws -> APDUDispatcher {
        let card = APDUDispatcher(applications: [app])
        let select = CommandAPDU(cla: 0x00, ins: 0xA4, p1: 0x04, p2: 0x0C, data: app.aid)
        #expect(await card.process(select).statusWord == .success)
        return card
    }

    @Test("A 1000-byte command in 120-byte blocks reaches the application whole")
    func reassembly() async throws {
        let card = try await selectedCard(isdR)
        let request = (0..<1000).map { UInt8($0 & 0xFF) }
        let blocks = stride(from: 0, to: 1000, by: 120).map { Array(request[$0..<min($0 + 120, 1000)]) }
        #expect(blocks.count == 9)
        var collected: [UInt8] = []
        for (number, block) in blocks.enumerated() {
            let last = number == blocks.count - 1
            let response = await card.process(
                CommandAPDU(cla: 0x80, ins: 0xE2, p1: last ? 0x91 : 0x11, p2: UInt8(number), data: block))
            if !last {
                #expect(response == ResponseAPDU(statusWord: .success))
                continue
            }
            #expect(response.statusWord == .responseBytesAvailable(1000))
            var more = response.statusWord.announcedLength
            while let ne = more {
                let next = await card.process(CommandAPDU(cla: 0x00, ins: 0xC0, p1: 0, p2: 0, ne: ne))
                collected += next.data
                more = next.statusWord.isResponseBytesAvailable ? next.statusWord.announcedLength : nil
                if more == nil { #expect(next.statusWord == .success) }
            }
        }
        #expect(collected == request.reversed())
    }

    @Test("A 3000-byte response: 6100, eleven chunks of 256, then 61B8 and the last 184 bytes")
    func longResponse() async throws {
        let card = try await selectedCard(pattern)
        #expect(try await send(card, "80E29100020BB800") == ResponseAPDU(statusWord: StatusWord(0x6100)))
        var collected: [UInt8] = []
        for round in 0..<11 {
            let chunk = try await send(card, "00C0000000")
            #expect(chunk.data.count == 256)
            #expect(chunk.statusWord == (round < 10 ? StatusWord(0x6100) : StatusWord(0x61B8)))
            collected += chunk.data
        }
        let last = try await send(card, "00C00000B8")
        #expect(last.statusWord == .success && last.data.count == 184)
        collected += last.data
        #expect(collected == PatternApplication.pattern(3000))
        #expect(try await send(card, "00C0000000").statusWord == .conditionsNotSatisfied)
    }

    @Test("A response that fits Le comes at once with 9000; Le 00 takes up to 256")
    func directResponse() async throws {
        let card = try await selectedCard(pattern)
        #expect(
            try await send(card, "80E2910002010000")
                == ResponseAPDU(data: PatternApplication.pattern(256), statusWord: .success))
        #expect(
            try await send(card, "80E2910002001010")
                == ResponseAPDU(data: PatternApplication.pattern(16), statusWord: .success))
        #expect(try await send(card, "80E29100020011 10") == ResponseAPDU(statusWord: StatusWord(0x6111)))
        #expect(try await send(card, "80E29100020000 00") == ResponseAPDU(statusWord: .success))
    }

    @Test("GET RESPONSE: smaller Le leaves the rest, larger Le gets 6Cxx, Le 00 takes what is left")
    func getResponseLengths() async throws {
        let card = try await selectedCard(pattern)
        _ = try await send(card, "80E2910002012C")  // 300 bytes
        let first = try await send(card, "00C0000010")
        #expect(
            first
                == ResponseAPDU(
                    data: Array(PatternApplication.pattern(300)[0..<16]), statusWord: .responseBytesAvailable(284)))
        _ = try await send(card, "00C0000000")  // 256 of 284
        #expect(try await send(card, "00C0000020") == ResponseAPDU(statusWord: StatusWord(0x6C1C)))  // 28 left
        let rest = try await send(card, "00C0000000")
        #expect(rest.statusWord == .success && rest.data == Array(PatternApplication.pattern(300)[272...]))
    }

    @Test("GET RESPONSE refusals: nothing waiting, wrong P1P2, no Le, data")
    func getResponseRefusals() async throws {
        let card = try await selectedCard(pattern)
        #expect(try await send(card, "00C0000000").statusWord == .conditionsNotSatisfied)
        _ = try await send(card, "80E2910002012C")
        #expect(try await send(card, "00C0010000").statusWord == .incorrectP1P2)
        #expect(try await send(card, "00C00000").statusWord == .wrongLength)
        #expect(try await send(card, "00C0000001AA").statusWord == .wrongLength)
        // Refusals keep the response waiting; GET RESPONSE with the proprietary class is accepted too.
        #expect(try await send(card, "80C0000000").data.count == 256)
    }

    @Test("Any other command drops the waiting response")
    func responseDropped() async throws {
        let card = try await selectedCard(pattern)
        _ = try await send(card, "80E2910002012C")
        _ = try await send(card, "0070000001")
        #expect(try await send(card, "00C0000000").statusWord == .conditionsNotSatisfied)
    }

    @Test("A wrong block number is refused with 6A86 and the chain is reset")
    func wrongBlockNumber() async throws {
        let card = try await selectedCard(isdR)
        #expect(try await send(card, "80E2110001AA").statusWord == .success)
        #expect(try await send(card, "80E2110201BB").statusWord == .incorrectP1P2)  // expected 01
        #expect(try await send(card, "80E2910101CC").statusWord == .incorrectP1P2)  // chain is gone
        #expect(try await send(card, "80E2110101CC").statusWord == .incorrectP1P2)
        #expect(try await send(card, "80E2910001DD00") == ResponseAPDU(data: [0xDD], statusWord: .success))
    }

    @Test("Block 00 while a chain is waiting starts a new command (ISD-R behaviour)")
    func restart() async throws {
        let card = try await selectedCard(isdR)
        #expect(try await send(card, "80E2110002AAAA").statusWord == .success)
        #expect(try await send(card, "80E2110102BBBB").statusWord == .success)
        #expect(try await send(card, "80E2110002CCCC").statusWord == .success)
        #expect(try await send(card, "80E2910101DD00") == ResponseAPDU(data: hex("DDCCCC"), statusWord: .success))
    }

    @Test("A command other than STORE DATA on the channel drops its chain")
    func interrupted() async throws {
        let card = try await selectedCard(isdR)
        #expect(try await send(card, "80E2110001AA").statusWord == .success)
        #expect(try await send(card, "00C0000000").statusWord == .conditionsNotSatisfied)
        #expect(try await send(card, "80E2910101BB").statusWord == .incorrectP1P2)
    }

    @Test("STORE DATA before SELECT: 6985")
    func beforeSelect() async throws {
        let card = APDUDispatcher(applications: [isdR])
        #expect(try await send(card, "80E2910003BF2E0000").statusWord == .conditionsNotSatisfied)
        _ = try await send(card, "0070000001")
        #expect(try await send(card, "81E2910003BF2E0000").statusWord == .conditionsNotSatisfied)
    }

    @Test("STORE DATA refusals: wrong P1, no data, interindustry class, longer than the card takes")
    func refusals() async throws {
        let card = try await selectedCard(isdR)
        #expect(try await send(card, "80E2010001AA").statusWord == .incorrectP1P2)
        #expect(try await send(card, "80E2800001AA").statusWord == .incorrectP1P2)
        #expect(try await send(card, "80E29100").statusWord == .wrongLength)
        #expect(try await send(card, "80E2910000").statusWord == .wrongLength)
        #expect(try await send(card, "00E2910001AA").statusWord == .classNotSupported)
        let small = APDUDispatcher(applications: [isdR], maximumCommandLength: 200)
        _ = try await send(small, "00A4040C10" + isdRHex)
        let block = [UInt8](repeating: 0x11, count: 120)
        #expect(
            await small.process(CommandAPDU(cla: 0x80, ins: 0xE2, p1: 0x11, p2: 0, data: block)).statusWord == .success)
        #expect(
            await small.process(CommandAPDU(cla: 0x80, ins: 0xE2, p1: 0x91, p2: 1, data: block)).statusWord
                == .notEnoughMemory)
    }

    @Test("Application errors: its status word when it gives one, 6F00 otherwise")
    func applicationErrors() async throws {
        let card = try await selectedCard(pattern)
        #expect(try await send(card, "80E2910002FF01").statusWord == .referencedDataNotFound)
        #expect(try await send(card, "80E2910002EEEE").statusWord == .noPreciseDiagnosis)
        #expect(try await send(card, "80E2910001AA").statusWord == .wrongData)
        #expect(try await send(card, "80E29100020003 00").data == [0, 1, 2])  // still working afterwards
    }

    @Test("Other INS go to the selected application, long answers through 61xx; unknown INS 6D00")
    func forwarded() async throws {
        let card = try await selectedCard(pattern)
        #expect(
            try await send(card, "80CA001000")
                == ResponseAPDU(data: PatternApplication.pattern(16), statusWord: .success))
        #expect(try await send(card, "80CA0200 00").statusWord == StatusWord(0x6100))
        #expect(try await send(card, "00C0000000").statusWord == StatusWord(0x6100))
        #expect(
            try await send(card, "00C0000000")
                == ResponseAPDU(data: Array(PatternApplication.pattern(512)[256...]), statusWord: .success))
        #expect(try await send(card, "80CB000000") == ResponseAPDU(data: [0x01], statusWord: StatusWord(0x6310)))
        #expect(try await send(card, "80CC000000").statusWord == .instructionNotSupported)
        let unselected = APDUDispatcher(applications: [pattern])
        #expect(try await send(unselected, "80CA001000").statusWord == .instructionNotSupported)
    }
}
