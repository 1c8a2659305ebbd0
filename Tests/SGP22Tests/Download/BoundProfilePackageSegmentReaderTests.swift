import Testing

@testable import SGP22

@Suite("ES10b.LoadBoundProfilePackage segment reader")
struct BoundProfilePackageSegmentReaderTests {
    typealias Support = DownloadTestSupport
    typealias SegmentError = BoundProfilePackageSegmentError

    /// Feeds `segments` to a new reader and returns what it made of them.
    static func readAll(
        _ segments: [[UInt8]]
    ) throws -> (parts: [BoundProfilePackageSegment], reader: BoundProfilePackageSegmentReader) {
        var reader = BoundProfilePackageSegmentReader()
        var parts: [BoundProfilePackageSegment] = []
        for segment in segments {
            parts.append(try reader.read(segment))
        }
        return (parts, reader)
    }

    static func pysimSegments() throws -> [[UInt8]] {
        try BoundProfilePackage(derBytes: PySimBoundProfilePackage.bytes).segments()
    }

    @Test("pysim's package, segment by segment, gives back every part in order")
    func pysimInOrder() throws {
        let package = try BoundProfilePackage(derBytes: PySimBoundProfilePackage.bytes)
        let segments = try package.segments()
        var reader = BoundProfilePackageSegmentReader()
        #expect(try reader.read(segments[0]) == .initialiseSecureChannel(package.initialiseSecureChannelRequest))
        #expect(try reader.read(segments[1]) == .firstSequenceOf87(package.firstSequenceOf87))
        #expect(try reader.read(segments[2]) == .sequenceOf88Header(length: 55))
        #expect(try reader.read(segments[3]) == .sequenceOf88Element(package.sequenceOf88[0]))
        #expect(try reader.read(segments[4]) == .sequenceOf86Header(length: 12_654))
        for (index, segment) in segments[5...].enumerated() {
            #expect(!reader.isComplete)
            #expect(try reader.read(segment) == .sequenceOf86Element(package.sequenceOf86[index]))
        }
        #expect(reader.isComplete)
        #expect(reader.segmentCount == segments.count)
    }

    @Test("a package with secondSequenceOf87 reads A2 between the 88s and the A3 header")
    func withSecondSequence() throws {
        let package = try BoundProfilePackageTests.syntheticPackage(second87: [[0x11, 0x22], [0x33]])
        let (parts, reader) = try Self.readAll(try package.segments())
        #expect(parts == [
            .initialiseSecureChannel(package.initialiseSecureChannelRequest),
            .firstSequenceOf87([[0xAA, 0xBB]]),
            .sequenceOf88Header(length: 7),
            .sequenceOf88Element([0x01]),
            .sequenceOf88Element([0x02, 0x03]),
            .secondSequenceOf87([[0x11, 0x22], [0x33]]),
            .sequenceOf86Header(length: 12),
            .sequenceOf86Element([0x01, 0x02]),
            .sequenceOf86Element([0x03]),
            .sequenceOf86Element([0x04, 0x05, 0x06]),
        ])
        #expect(reader.isComplete)
    }

    @Test("out-of-order segments are refused with what was expected and what came")
    func outOfOrder() throws {
        let segments = try Self.pysimSegments()
        // Starting with anything but BF36.
        var reader = BoundProfilePackageSegmentReader()
        #expect(throws: SegmentError.outOfOrder(
            segment: 0, expected: "the BF36 header with InitialiseSecureChannelRequest BF23",
            found: "a segment starting with tag A0")
        ) { try reader.read(segments[1]) }
        // The A1 header before the A0.
        _ = try reader.read(segments[0])
        #expect(throws: SegmentError.outOfOrder(
            segment: 1, expected: "firstSequenceOf87 A0", found: "a segment starting with tag A1")
        ) { try reader.read(segments[2]) }
        // The A3 header while 88s are still due.
        _ = try reader.read(segments[1])
        _ = try reader.read(segments[2])
        #expect(throws: SegmentError.outOfOrder(
            segment: 3, expected: "an 88 TLV (55 bytes of sequenceOf88 left)", found: "a segment starting with tag A3")
        ) { try reader.read(segments[4]) }
        // An 86 before the A3 header.
        _ = try reader.read(segments[3])
        #expect(throws: SegmentError.outOfOrder(
            segment: 4, expected: "secondSequenceOf87 A2 or the sequenceOf86 header A3",
            found: "a segment starting with tag 86")
        ) { try reader.read(segments[5]) }
        // The refused segments changed nothing: the package still reads to the end.
        for segment in segments[4...] {
            _ = try reader.read(segment)
        }
        #expect(reader.isComplete)
    }

    @Test("repeated segments are refused")
    func duplicates() throws {
        let segments = try Self.pysimSegments()
        var reader = BoundProfilePackageSegmentReader()
        _ = try reader.read(segments[0])
        #expect(throws: SegmentError.self) { try reader.read(segments[0]) }
        _ = try reader.read(segments[1])
        #expect(throws: SegmentError.self) { try reader.read(segments[1]) }
        _ = try reader.read(segments[2])
        _ = try reader.read(segments[3])
        // A second 88 would run past the A1 length.
        #expect(throws: SegmentError.self) { try reader.read(segments[3]) }
        _ = try reader.read(segments[4])
        #expect(throws: SegmentError.self) { try reader.read(segments[4]) }
        for segment in segments[5...] {
            _ = try reader.read(segment)
        }
        // Anything after the last 86, even a repeat of it.
        #expect(throws: SegmentError.afterCompletion(segment: segments.count)) { try reader.read(segments.last ?? []) }
    }

    @Test("truncated and padded segments are refused")
    func truncatedSegments() throws {
        let segments = try Self.pysimSegments()
        var reader = BoundProfilePackageSegmentReader()
        // BF23 cut short, or missing from the first segment.
        #expect(throws: SegmentError.self) { try reader.read(segments[0].dropLast()) }
        #expect(throws: SegmentError.self) { try reader.read(segments[0].prefix(5)) }
        #expect(throws: SegmentError.self) { try reader.read(segments[0] + [0x00]) }
        #expect(throws: SegmentError.self) { try reader.read([UInt8]()) }
        _ = try reader.read(segments[0])
        #expect(throws: SegmentError.self) { try reader.read(segments[1].dropLast()) }
        _ = try reader.read(segments[1])
        // A header segment with value bytes after it.
        #expect(throws: SegmentError.self) { try reader.read(segments[2] + segments[3]) }
        _ = try reader.read(segments[2])
        #expect(throws: SegmentError.self) { try reader.read(segments[3].dropLast()) }
        _ = try reader.read(segments[3])
        _ = try reader.read(segments[4])
        #expect(throws: SegmentError.self) { try reader.read(segments[5].dropLast(10)) }
        #expect(throws: SegmentError.self) { try reader.read(segments[5].prefix(3)) }
        // Two 86s in one segment.
        #expect(throws: SegmentError.self) { try reader.read(segments[5] + segments[6]) }
        _ = try reader.read(segments[5])
        #expect(!reader.isComplete)
    }

    @Test("segments longer than their BF36, A1 or A3 allow are refused")
    func lengthOverruns() throws {
        let package = try BoundProfilePackageTests.syntheticPackage()
        let segments = try package.segments()
        let request = try package.initialiseSecureChannelRequest.derBytes()
        let contentLength = segments.joined().count - (segments[0].count - request.count)

        // BF36 announces less than the BF23 it carries.
        var reader = BoundProfilePackageSegmentReader()
        let shortPackage = Support.hex("BF3610") + request
        #expect(throws: SegmentError.exceedsDeclaredLength(
            segment: 0, container: "BoundProfilePackage BF36", remaining: 0x10, size: request.count)
        ) { try reader.read(shortPackage) }

        // BF36 announces exactly BF23 and A0: the A1 header does not fit.
        let a0 = segments[1]
        _ = try reader.read(BERTLVHeader.encode(tag: 0xBF36, length: request.count + a0.count) + request)
        _ = try reader.read(a0)
        #expect(throws: SegmentError.self) { try reader.read(segments[2]) }

        // An 88 longer than what remains of A1.
        reader = BoundProfilePackageSegmentReader()
        _ = try reader.read(segments[0])
        _ = try reader.read(segments[1])
        _ = try reader.read(Support.hex("A102"))
        #expect(throws: SegmentError.exceedsDeclaredLength(
            segment: 3, container: "sequenceOf88 A1", remaining: 2, size: 3)
        ) { try reader.read(Support.hex("880101")) }

        // The last 86 arrives but BF36 announced two more bytes.
        var extended = segments
        extended[0] = BERTLVHeader.encode(tag: 0xBF36, length: contentLength + 2) + request
        reader = BoundProfilePackageSegmentReader()
        for segment in extended.dropLast() {
            _ = try reader.read(segment)
        }
        #expect(throws: SegmentError.self) { try reader.read(extended.last ?? []) }
        #expect(!reader.isComplete)
    }

    @Test("hostile headers are refused: indefinite, non-minimal and oversized lengths, long tags")
    func hostileHeaders() throws {
        let hostile: [[UInt8]] = [
            Support.hex("BF3680"),  // indefinite length
            Support.hex("BF368105"),  // long form for a short length
            Support.hex("BF36820005"),  // leading zero octet
            Support.hex("BF3684FFFFFFFF"),  // four length octets
            Support.hex("BF36"),  // no length
            Support.hex("BF"),  // tag cut short
            Support.hex("BFFFFFFF0100"),  // tag of four octets
        ]
        for segment in hostile {
            var reader = BoundProfilePackageSegmentReader()
            #expect(throws: SegmentError.self) { try reader.read(segment) }
        }
        // Errors say which segment and why.
        var reader = BoundProfilePackageSegmentReader()
        do {
            _ = try reader.read(Support.hex("BF3680"))
            Issue.record("accepted an indefinite length")
        } catch {
            #expect(
                error.description == "Bound Profile Package segment 0 is malformed: indefinite length is not allowed")
        }
    }
}
