import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES8+ BoundProfilePackage")
struct BoundProfilePackageTests {
    typealias Support = DownloadTestSupport

    @Test("pysim's published package decodes part by part")
    func pysimPackageDecodes() throws {
        let package = try BoundProfilePackage(derBytes: PySimBoundProfilePackage.bytes)
        let request = package.initialiseSecureChannelRequest
        #expect(request.remoteOpId == .installBoundProfilePackage)
        #expect(request.transactionId.bytes == Support.hex("df9c0ef4041a47ee9bfdcf0ab10770ed"))
        #expect(
            request.controlRefTemplate
                == ControlRefTemplate(keyType: 0x88, keyLen: 0x10, hostId: Array("mahlzeit".utf8)))
        #expect(request.smdpOtpk.count == 65 && request.smdpOtpk.first == 0x04)
        #expect(request.smdpSign.count == 64)
        #expect(package.firstSequenceOf87.count == 1)
        #expect(package.sequenceOf88.count == 1)
        #expect(package.secondSequenceOf87 == nil)
        #expect(package.sequenceOf86.count == 13)
        #expect(package.sequenceOf86.dropLast().allSatisfy { $0.count == 1036 })
        #expect(package.sequenceOf86.last?.count == 171)
        // pysim wraps whole TLVs in the elements: the `87` holds an `87` of 24 bytes (ciphertext and MAC).
        #expect(Array(package.firstSequenceOf87[0].prefix(2)) == [0x87, 0x18])
    }

    @Test("pysim's package re-encodes to the same bytes")
    func pysimPackageReencodes() throws {
        let bytes = PySimBoundProfilePackage.bytes
        #expect(try BoundProfilePackage(derBytes: bytes).derBytes() == bytes)
    }

    @Test("segments follow SGP.22's LoadBoundProfilePackage order and concatenate to the package")
    func segmentShape() throws {
        let bytes = PySimBoundProfilePackage.bytes
        let package = try BoundProfilePackage(derBytes: bytes)
        let segments = try package.segments()
        #expect(segments.joined().elementsEqual(bytes))
        #expect(segments.count == 1 + 1 + 1 + 1 + 1 + 13)

        // BF36 tag and length, then the whole BF23.
        let initialise = try package.initialiseSecureChannelRequest.derBytes()
        #expect(segments[0] == Support.hex("BF3682327B") + initialise)
        // The whole A0.
        #expect(segments[1].first == 0xA0 && segments[1].count == 2 + 28)
        // The A1 header alone, then each 88.
        #expect(segments[2] == Support.hex("A137"))
        #expect(segments[3].first == 0x88 && segments[3].count == 55)
        // The A3 header alone (length 12 654 = 0x316E), then each 86.
        #expect(segments[4] == Support.hex("A382316E"))
        #expect(segments[5...].allSatisfy { $0.first == 0x86 })
        #expect(segments[5...].map(\.count) == Array(repeating: 1040, count: 12) + [174])
    }

    @Test("a package with secondSequenceOf87 sends the whole A2 between the 88s and the A3 header")
    func segmentsWithSecondSequence() throws {
        let package = try Self.syntheticPackage(second87: [[0x11, 0x22], [0x33]])
        let segments = try package.segments()
        #expect(segments.joined().elementsEqual(try package.derBytes()))
        #expect(segments.map { $0.first } == [0xBF, 0xA0, 0xA1, 0x88, 0x88, 0xA2, 0xA3, 0x86, 0x86, 0x86])
        #expect(segments[5] == Support.hex("A207 87021122 870133"))
        #expect(segments[2] == Support.hex("A107"))
        #expect(try BoundProfilePackage(derBytes: segments.joined()) == package)
    }

    @Test("segment headers use long-form lengths when the value needs them")
    func longFormHeaders() throws {
        let big = [UInt8](repeating: 0x5A, count: 1020)
        let package = try Self.syntheticPackage(sequenceOf86: Array(repeating: big, count: 70))
        let segments = try package.segments()
        let total = try package.derBytes()
        #expect(segments.joined().elementsEqual(total))
        // 70 × (86 82 03 FC + 1020 bytes) = 71 680 bytes of 86s: a three-octet length.
        #expect(segments[5] == Support.hex("A383011800"))
        #expect(Array(segments[0].prefix(2)) == [0xBF, 0x36] && segments[0][2] == 0x83)
    }

    @Test("round trip of a synthetic package with every part")
    func roundTrip() throws {
        let package = try Self.syntheticPackage(second87: [[0x01]])
        let (bytes, decoded) = try Support.roundTrip(package)
        #expect(decoded == package)
        #expect(Array(bytes.prefix(2)) == [0xBF, 0x36])
    }

    @Test("hostile packages are refused")
    func hostile() throws {
        let bytes = PySimBoundProfilePackage.bytes
        // Truncated anywhere.
        for cut in [1, 5, 200, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self) { try BoundProfilePackage(derBytes: bytes.prefix(cut)) }
        }
        // Wrong outer tag.
        var wrongTag = bytes
        wrongTag[1] = 0x37
        #expect(throws: (any Error).self) { try BoundProfilePackage(derBytes: wrongTag) }
        // Overlong length: BF36 claims one byte more than there is.
        var overlong = bytes
        overlong[4] = 0x7C
        #expect(throws: (any Error).self) { try BoundProfilePackage(derBytes: overlong) }
        // A missing mandatory part: no sequenceOf86.
        let package = try Self.syntheticPackage()
        let withoutA3 = Support.tlv(
            [0xBF, 0x36],
            try package.initialiseSecureChannelRequest.derBytes() + Support.hex("A000 A100"))
        #expect(throws: (any Error).self) { try BoundProfilePackage(derBytes: withoutA3) }
        // Elements under the wrong tag: an 88 inside A0.
        let wrongElement = Support.tlv(
            [0xBF, 0x36],
            try package.initialiseSecureChannelRequest.derBytes() + Support.hex("A003 880100 A100 A300"))
        #expect(throws: (any Error).self) { try BoundProfilePackage(derBytes: wrongElement) }
    }

    @Test("trailing components after sequenceOf86 are skipped")
    func extensibility() throws {
        let package = try Self.syntheticPackage()
        let extended = Support.appending(
            Support.hex("A4 03 80 01 00"), toContentOf: try package.derBytes(), tagLength: 2)
        #expect(try BoundProfilePackage(derBytes: extended) == package)
    }

    /// A small package with made-up segment contents.
    static func syntheticPackage(
        second87: [[UInt8]]? = nil,
        sequenceOf86: [[UInt8]] = [[0x01, 0x02], [0x03], [0x04, 0x05, 0x06]]
    ) throws -> BoundProfilePackage {
        BoundProfilePackage(
            initialiseSecureChannelRequest: try InitialiseSecureChannelTests.sampleRequest(),
            firstSequenceOf87: [[0xAA, 0xBB]],
            sequenceOf88: [[0x01], [0x02, 0x03]],
            secondSequenceOf87: second87,
            sequenceOf86: sequenceOf86)
    }
}
