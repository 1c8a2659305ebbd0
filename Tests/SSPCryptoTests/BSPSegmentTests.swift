import Testing

@testable import SSPCrypto

@Suite("BER lengths and BSP segment TLVs")
struct BSPSegmentTests {
    @Test(
        "BER length encoding",
        arguments: [
            (0, [0x00]), (127, [0x7F]), (128, [0x81, 0x80]), (255, [0x81, 0xFF]), (256, [0x82, 0x01, 0x00]),
            (1016, [0x82, 0x03, 0xF8]), (65535, [0x82, 0xFF, 0xFF]), (65536, [0x83, 0x01, 0x00, 0x00]),
        ] as [(Int, [UInt8])])
    func encode(length: Int, expected: [UInt8]) throws {
        #expect(BERLength.encode(length) == expected)
        let decoded = try BERLength.decode(expected, at: 0)
        #expect(decoded.length == length)
        #expect(decoded.fieldSize == expected.count)
    }

    @Test("BER length decoding accepts non-minimal long forms, refuses the rest")
    func decodeHostile() throws {
        let nonMinimal = try BERLength.decode([0x82, 0x00, 0x05] as [UInt8], at: 0)
        #expect(nonMinimal.length == 5 && nonMinimal.fieldSize == 3)
        let offset = try BERLength.decode([0x00, 0x81, 0x10] as [UInt8], at: 1)
        #expect(offset.length == 16 && offset.fieldSize == 2)
        for bad: [UInt8] in [[], [0x80], [0x84, 1, 2, 3, 4], [0xFF], [0x81], [0x82, 0x01], [0x83, 0, 0]] {
            #expect(throws: SSPCryptoError.self) { try BERLength.decode(bad, at: 0) }
        }
    }

    @Test("a segment parses into tag, header and value")
    func parseOne() throws {
        let bytes = [UInt8](hex: PySimBSPVectors.Ciphering.configureISDPSegment)
        let segment = try BSPSegment(encoded: bytes)
        #expect(segment.tag == .encryptedCommand)
        #expect(Array(segment.header) == [0x87, 0x18])
        #expect(segment.value.count == 24)
        #expect(segment.encoded == bytes)

        let long = try BSPSegment(encoded: [UInt8](hex: PySimBSPVectors.ProfileSegments.segment0))
        #expect(long.tag == .profileElements)
        #expect(long.headerByteCount == 4)
        #expect(long.encoded.count == BSPSegment.maximumByteCount)
    }

    @Test("concatenated segments split apart")
    func parseAll() throws {
        let a = [UInt8](hex: PySimBSPVectors.Ciphering.configureISDPSegment)
        let b = [UInt8](hex: PySimBSPVectors.Ciphering.storeMetadataSegment)
        let segments = try BSPSegment.parseAll(a + b)
        #expect(segments.map(\.encoded) == [a, b])
        #expect(try BSPSegment.parseAll([]).isEmpty)
        #expect(throws: SSPCryptoError.self) { try BSPSegment.parseAll(a + [0x88]) }
    }

    @Test(
        "hostile segments are refused",
        arguments: [
            "",  // nothing
            "87",  // tag only
            "8705 0102",  // value truncated
            "8702 010203",  // trailing byte
            "8902 0102",  // not a BSP tag
            "A002 0102",  // a sequence tag
            "8780",  // indefinite length
            "8784 00000001 00",  // four length bytes
            "8782 01",  // truncated length field
        ])
    func hostile(hex: String) {
        #expect(throws: SSPCryptoError.self) { try BSPSegment(encoded: [UInt8](hex: hex)) }
    }

    @Test("tag semantics")
    func tags() {
        #expect(BSPSegmentTag.profileElements.isEncrypted)
        #expect(BSPSegmentTag.encryptedCommand.isEncrypted)
        #expect(!BSPSegmentTag.metadata.isEncrypted)
        #expect(BSPSession.maximumPlaintextCount(for: .profileElements) == 1007)
        #expect(BSPSession.maximumPlaintextCount(for: .metadata) == 1008)
    }
}
