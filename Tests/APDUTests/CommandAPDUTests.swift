import Testing

@testable import APDU

@Suite("Command and response APDUs")
struct CommandAPDUTests {
    @Test("Case 1: header only")
    func case1() throws {
        let command = try CommandAPDU(bytes: hex("00700080"))
        #expect(command.isoCase == 1)
        #expect(command.data.isEmpty)
        #expect(command.ne == nil)
        #expect(!command.isExtended)
        #expect(command.bytes == hex("00700080"))
    }

    @Test("Case 2 short: Le 00 means 256")
    func case2() throws {
        let command = try CommandAPDU(bytes: hex("00C0000000"))
        #expect(command.isoCase == 2)
        #expect(command.ne == 256)
        #expect(command.bytes == hex("00C0000000"))
        #expect(try CommandAPDU(bytes: hex("0070000001")).ne == 1)
    }

    @Test("Case 3 short: Lc and data")
    func case3() throws {
        let command = try CommandAPDU(bytes: hex("80E2910003BF2E00"))
        #expect(command.isoCase == 3)
        #expect(command.cla == 0x80 && command.ins == 0xE2 && command.p1 == 0x91 && command.p2 == 0x00)
        #expect(command.data == hex("BF2E00"))
        #expect(command.bytes == hex("80E2910003BF2E00"))
        #expect(command.description == "80E29100 03BF2E00")
    }

    @Test("Case 4 short: data and Le")
    func case4() throws {
        let bytes = hex("00A4040010" + isdRHex + "00")
        let command = try CommandAPDU(bytes: bytes)
        #expect(command.isoCase == 4)
        #expect(command.data == WellKnownAID.isdR)
        #expect(command.ne == 256)
        #expect(command.bytes == bytes)
    }

    @Test("Extended cases 2E, 3E and 4E are parsed and flagged")
    func extended() throws {
        let case2 = try CommandAPDU(bytes: hex("00B0000000 0100"))
        #expect(case2.isExtended && case2.ne == 256 && case2.data.isEmpty)
        #expect(try CommandAPDU(bytes: hex("00B0000000 0000")).ne == 65536)
        let data = [UInt8](repeating: 0x5A, count: 300)
        let case3Bytes = hex("80E29100 00012C") + data
        let case3 = try CommandAPDU(bytes: case3Bytes)
        #expect(case3.isExtended && case3.data == data && case3.ne == nil)
        #expect(case3.bytes == case3Bytes)
        let case4Bytes = hex("80E29100 000003 010203 0000")
        let case4 = try CommandAPDU(bytes: case4Bytes)
        #expect(case4.isExtended && case4.data == [1, 2, 3] && case4.ne == 65536)
        #expect(case4.bytes == case4Bytes)
    }

    @Test("Building picks the short or extended form from the sizes")
    func building() {
        #expect(CommandAPDU(cla: 0x80, ins: 0xE2, p1: 0x91, p2: 0, data: [1], ne: 256).bytes == hex("80E291000101 00"))
        let long = CommandAPDU(cla: 0x80, ins: 0xE2, p1: 0x91, p2: 0, data: [UInt8](repeating: 0, count: 256))
        #expect(long.isExtended)
        #expect(Array(long.bytes.prefix(7)) == hex("80E29100 000100"))
        let bigLe = CommandAPDU(cla: 0, ins: 0xC0, p1: 0, p2: 0, ne: 65536)
        #expect(bigLe.bytes == hex("00C00000 000000"))
    }

    @Test(
        "Malformed command bytes throw, never trap",
        arguments: [
            ("", APDUFormatError.commandTooShort(length: 0)),
            ("00", .commandTooShort(length: 1)),
            ("00A4", .commandTooShort(length: 2)),
            ("00A404", .commandTooShort(length: 3)),
            ("00A4040010A000", .lcExceedsData(lc: 16, available: 2)),
            ("80E2910001AABBCC", .trailingBytes(count: 1)),
            ("80E2910002AABBCCDD", .trailingBytes(count: 1)),
            ("00A40400 00 A0", .malformedExtendedLength(bodyLength: 2)),
            ("00A40400 00 0000 A0", .zeroLc),
            ("00A40400 00 0010 A000", .lcExceedsData(lc: 16, available: 2)),
            ("00A40400 00 0001 A0 00", .trailingBytes(count: 1)),
        ])
    func malformed(_ text: String, _ expected: APDUFormatError) {
        #expect(throws: expected) { try CommandAPDU(bytes: hex(text)) }
        #expect(expected.statusWord == .wrongLength)
        #expect(!expected.description.isEmpty)
    }

    @Test("A lone 00 after the header is Le = 256 (case 2), never an Lc of zero")
    func loneZero() throws {
        let command = try CommandAPDU(bytes: hex("00A4040000"))
        #expect(command.isoCase == 2 && command.ne == 256 && command.data.isEmpty)
    }

    @Test("Random bytes never trap the parser, and what parses re-encodes to the same bytes")
    func randomBytes() {
        var generator = SplitMix64(state: 0x7816)
        for _ in 0..<5000 {
            let length = Int.random(in: 0...300, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if let command = try? CommandAPDU(bytes: bytes) {
                #expect(command.bytes == bytes)
            }
        }
    }

    @Test("Response APDUs split data from the status word")
    func response() throws {
        let response = try ResponseAPDU(bytes: hex("0102039000"))
        #expect(response.data == [1, 2, 3])
        #expect(response.statusWord == .success)
        #expect(response.bytes == hex("0102039000"))
        #expect(try ResponseAPDU(bytes: hex("6A82")).data.isEmpty)
        #expect(throws: APDUFormatError.responseTooShort(length: 1)) { try ResponseAPDU(bytes: [0x90]) }
        #expect(throws: APDUFormatError.responseTooShort(length: 0)) { try ResponseAPDU(bytes: []) }
        #expect(response.description == "010203 9000 (success)")
    }
}
