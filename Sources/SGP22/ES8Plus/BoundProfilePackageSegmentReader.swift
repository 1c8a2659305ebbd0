import SwiftASN1

/// Takes a Bound Profile Package apart as ES10b.LoadBoundProfilePackage delivers it, one segment at a time.
///
/// The eUICC side of `BoundProfilePackage.segments()`: each call to `read(_:)` takes the next
/// segment (one reassembled STORE DATA command sequence), checks that it is the part the
/// package's order expects and that it fits the lengths the `BF36`, `A1` and `A3` headers
/// announced, and says which part it is. A refused segment leaves the reader unchanged.
public struct BoundProfilePackageSegmentReader: Sendable {
    private enum State: Hashable, Sendable {
        case initialiseSecureChannel
        case firstSequenceOf87
        case sequenceOf88Header
        case sequenceOf88(remaining: Int)
        case secondSequenceOf87OrSequenceOf86Header
        case sequenceOf86Header
        case sequenceOf86(remaining: Int)
        case complete

        var expectation: String {
            switch self {
            case .initialiseSecureChannel: "the BF36 header with InitialiseSecureChannelRequest BF23"
            case .firstSequenceOf87: "firstSequenceOf87 A0"
            case .sequenceOf88Header: "the sequenceOf88 header A1"
            case .sequenceOf88(let remaining): "an 88 TLV (\(remaining) bytes of sequenceOf88 left)"
            case .secondSequenceOf87OrSequenceOf86Header: "secondSequenceOf87 A2 or the sequenceOf86 header A3"
            case .sequenceOf86Header: "the sequenceOf86 header A3"
            case .sequenceOf86(let remaining): "an 86 TLV (\(remaining) bytes of sequenceOf86 left)"
            case .complete: "no further segment"
            }
        }
    }

    private var state = State.initialiseSecureChannel
    /// Bytes of the `BF36` value not yet received.
    private var packageRemaining = 0
    /// How many segments were accepted.
    public private(set) var segmentCount = 0

    /// Whether the last `86` has arrived: the eUICC now answers with ProfileInstallationResult.
    public var isComplete: Bool { state == .complete }

    public init() {}

    /// Accepts the next segment and tells which part of the package it is.
    public mutating func read(
        _ segment: some Collection<UInt8>
    ) throws(BoundProfilePackageSegmentError) -> BoundProfilePackageSegment {
        var next = self
        let part = try next.accept(Array(segment))
        next.segmentCount += 1
        self = next
        return part
    }

    private mutating func accept(
        _ bytes: [UInt8]
    ) throws(BoundProfilePackageSegmentError) -> BoundProfilePackageSegment {
        if state == .complete {
            throw .afterCompletion(segment: segmentCount)
        }
        let header = try readHeader(bytes)
        switch (state, header.tag) {
        case (.initialiseSecureChannel, 0xBF36):
            return try acceptStart(bytes, header: header)
        case (.firstSequenceOf87, 0xA0):
            try consume(bytes.count)
            state = .sequenceOf88Header
            return .firstSequenceOf87(try segmentList(bytes, "firstSequenceOf87", .context(0), element: .context(7)))
        case (.sequenceOf88Header, 0xA1):
            let length = try acceptSequenceHeader(bytes, header: header)
            state = length == 0 ? .secondSequenceOf87OrSequenceOf86Header : .sequenceOf88(remaining: length)
            return .sequenceOf88Header(length: length)
        case (.sequenceOf88(let remaining), 0x88):
            let content = try element(bytes, .context(8), remaining: remaining, container: "sequenceOf88 A1")
            state = remaining == bytes.count ? .secondSequenceOf87OrSequenceOf86Header
                : .sequenceOf88(remaining: remaining - bytes.count)
            return .sequenceOf88Element(content)
        case (.secondSequenceOf87OrSequenceOf86Header, 0xA2):
            try consume(bytes.count)
            state = .sequenceOf86Header
            return .secondSequenceOf87(try segmentList(bytes, "secondSequenceOf87", .context(2), element: .context(7)))
        case (.secondSequenceOf87OrSequenceOf86Header, 0xA3), (.sequenceOf86Header, 0xA3):
            let length = try acceptSequenceHeader(bytes, header: header)
            state = .sequenceOf86(remaining: length)
            try completeIfDone(remaining: length)
            return .sequenceOf86Header(length: length)
        case (.sequenceOf86(let remaining), 0x86):
            let content = try element(bytes, .context(6), remaining: remaining, container: "sequenceOf86 A3")
            state = .sequenceOf86(remaining: remaining - bytes.count)
            try completeIfDone(remaining: remaining - bytes.count)
            return .sequenceOf86Element(content)
        default:
            throw .outOfOrder(
                segment: segmentCount, expected: state.expectation,
                found: "a segment starting with tag \(BERTLVHeader.describe(tag: header.tag))")
        }
    }

    /// The first segment: the `BF36` tag and length, then exactly one whole `BF23`.
    private mutating func acceptStart(
        _ bytes: [UInt8], header: BERTLVHeader
    ) throws(BoundProfilePackageSegmentError) -> BoundProfilePackageSegment {
        let rest = Array(bytes[header.size...])
        let node = try parse(rest, what: "the InitialiseSecureChannelRequest after the BF36 header")
        guard node.identifier == InitialiseSecureChannelRequest.defaultIdentifier else {
            throw .outOfOrder(
                segment: segmentCount, expected: "InitialiseSecureChannelRequest BF23 after the BF36 header",
                found: "\(node.identifier)")
        }
        let request: InitialiseSecureChannelRequest
        do {
            request = try InitialiseSecureChannelRequest(derEncoded: node)
        } catch {
            throw .malformed(segment: segmentCount, reason: "InitialiseSecureChannelRequest: \(error)")
        }
        guard rest.count <= header.length else {
            throw .exceedsDeclaredLength(
                segment: segmentCount, container: "BoundProfilePackage BF36", remaining: header.length,
                size: rest.count)
        }
        packageRemaining = header.length - rest.count
        state = .firstSequenceOf87
        return .initialiseSecureChannel(request)
    }

    /// An `A1` or `A3` segment: the tag and length alone; returns the announced length.
    private mutating func acceptSequenceHeader(
        _ bytes: [UInt8], header: BERTLVHeader
    ) throws(BoundProfilePackageSegmentError) -> Int {
        let name = BERTLVHeader.describe(tag: header.tag)
        guard bytes.count == header.size else {
            throw .malformed(
                segment: segmentCount,
                reason: "the \(name) segment must hold only its tag and length, found \(bytes.count - header.size) "
                    + "more bytes")
        }
        try consume(bytes.count)
        guard header.length <= packageRemaining else {
            throw .exceedsDeclaredLength(
                segment: segmentCount, container: "BoundProfilePackage BF36", remaining: packageRemaining,
                size: header.length)
        }
        return header.length
    }

    /// One whole `88` or `86` TLV within what remains of its `A1` or `A3`; returns its content.
    private mutating func element(
        _ bytes: [UInt8], _ identifier: ASN1Identifier, remaining: Int, container: String
    ) throws(BoundProfilePackageSegmentError) -> [UInt8] {
        let node = try parse(bytes, what: "the \(identifier) TLV")
        let content: [UInt8]
        do {
            content = Array(try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes)
        } catch {
            throw .malformed(segment: segmentCount, reason: "\(identifier) TLV: \(error)")
        }
        guard bytes.count <= remaining else {
            throw .exceedsDeclaredLength(
                segment: segmentCount, container: container, remaining: remaining, size: bytes.count)
        }
        try consume(bytes.count)
        return content
    }

    /// The contents of the elements of a whole `A0` or `A2` segment.
    private func segmentList(
        _ bytes: [UInt8], _ field: String, _ identifier: ASN1Identifier, element: ASN1Identifier
    ) throws(BoundProfilePackageSegmentError) -> [[UInt8]] {
        let node = try parse(bytes, what: field)
        do {
            return try BoundProfilePackage.segmentList(node, field, identifier, element: element)
        } catch {
            throw .malformed(segment: segmentCount, reason: "\(error)")
        }
    }

    /// Counts `size` bytes against the `BF36` value.
    private mutating func consume(_ size: Int) throws(BoundProfilePackageSegmentError) {
        guard size <= packageRemaining else {
            throw .exceedsDeclaredLength(
                segment: segmentCount, container: "BoundProfilePackage BF36", remaining: packageRemaining, size: size)
        }
        packageRemaining -= size
    }

    /// After the last `86`: the `BF36` value must be used up, and the package is complete.
    private mutating func completeIfDone(remaining sequenceRemaining: Int) throws(BoundProfilePackageSegmentError) {
        guard sequenceRemaining == 0 else { return }
        guard packageRemaining == 0 else {
            throw .malformed(
                segment: segmentCount,
                reason: "sequenceOf86 is complete but BF36 announces \(packageRemaining) more bytes")
        }
        state = .complete
    }

    private func readHeader(_ bytes: [UInt8]) throws(BoundProfilePackageSegmentError) -> BERTLVHeader {
        do {
            return try BERTLVHeader.read(bytes)
        } catch {
            throw .malformed(segment: segmentCount, reason: error.reason)
        }
    }

    /// Exactly one whole DER value.
    private func parse(_ bytes: [UInt8], what: String) throws(BoundProfilePackageSegmentError) -> ASN1Node {
        do {
            return try DER.parse(bytes)
        } catch {
            throw .malformed(segment: segmentCount, reason: "\(what): \(error)")
        }
    }
}
