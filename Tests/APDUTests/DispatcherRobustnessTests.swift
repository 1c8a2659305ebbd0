import Testing

@testable import APDU

@Suite("Card side: malformed and unsupported commands")
struct DispatcherRobustnessTests {
    let card = APDUDispatcher(applications: [EchoApplication(aid: WellKnownAID.isdR)])

    @Test(
        "Malformed APDUs are answered 6700",
        arguments: [
            "", "00", "00A4", "00A404",  // shorter than a header
            "00A4040010A0000005",  // Lc longer than the data
            "80E2910001AABBCC",  // bytes after Le
            "00A4040000A000000559",  // 00 then a partial extended length: extended form, Lc 0xA000 too long
            "00A4040000",  // Lc = 0 is not a thing: header + 00 is Le, and SELECT needs an AID
            "80E29100 000003 BF2E00",  // well-formed extended case 3: not supported
            "00C00000 000100",  // well-formed extended case 2
            "80E29100 000003 BF2E00 0000",  // well-formed extended case 4
        ])
    func malformed(_ text: String) async throws {
        let answer = await card.process(hex(text))
        #expect(answer == StatusWord.wrongLength.bytes)
    }

    @Test(
        "Unknown INS: 6D00, including the invalid 6X and 9X",
        arguments: ["00100000", "80500000", "006A0000", "00900000"])
    func unknownInstruction(_ text: String) async throws {
        #expect(try await send(card, text).statusWord == .instructionNotSupported)
    }

    @Test("Reserved class bytes: 6E00", arguments: ["20A40400", "3F700000", "A0A40000", "B0C00000", "FFA40400"])
    func unknownClass(_ text: String) async throws {
        #expect(try await send(card, text).statusWord == .classNotSupported)
    }

    @Test("Secure messaging and CLA chaining are refused with 6882 and 6884")
    func unsupportedClassBits() async throws {
        #expect(try await send(card, "0CA4040005A000000559").statusWord == .secureMessagingNotSupported)
        #expect(try await send(card, "84E2910001AA").statusWord == .secureMessagingNotSupported)
        #expect(try await send(card, "60A4040005A000000559").statusWord == .logicalChannelNotSupported)
        for _ in 1...4 { _ = try await send(card, "0070000001") }
        #expect(try await send(card, "60A4040005A000000559").statusWord == .secureMessagingNotSupported)
        #expect(try await send(card, "10A4040005A000000559").statusWord == .commandChainingNotSupported)
    }

    @Test("Random bytes always get a response of at least two bytes")
    func fuzz() async {
        let fuzzed = APDUDispatcher(applications: [EchoApplication(aid: WellKnownAID.isdR)])
        var generator = SplitMix64(state: 0x102221)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...270, using: &generator)
            var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if bytes.count >= 2, Bool.random(using: &generator) {
                // Steer towards the instructions the dispatcher knows.
                bytes[1] = [0x70, 0xA4, 0xC0, 0xE2].randomElement(using: &generator) ?? 0xE2
            }
            let answer = await fuzzed.process(bytes)
            #expect(answer.count >= 2 && answer.count <= 258)
        }
        #expect(await fuzzed.openChannels.contains(0))
    }

    @Test("Concurrent callers are served one APDU at a time without losing state")
    func concurrency() async throws {
        let shared = APDUDispatcher(applications: [EchoApplication(aid: WellKnownAID.isdR)])
        let channels = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<12 {
                group.addTask { await shared.process(hex("0070000001")) }
            }
            var numbers: [UInt8] = []
            for try await answer in group { numbers.append(answer[0]) }
            return numbers.sorted()
        }
        #expect(channels == Array(1...12))
    }
}
