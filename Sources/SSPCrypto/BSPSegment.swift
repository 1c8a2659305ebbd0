/// One BSP segment as it travels: tag ('86', '87' or '88'), BER length, then the ciphertext (or, for '88',
/// the plaintext) followed by the 8-byte C-MAC. SGP.22 section 2.5.3 limits a segment to 1020 bytes
/// including tag, length and MAC.
///
/// Segments built here keep to that limit. Parsing does not enforce it: SM-DP+s in the field (the package in
/// pysim's BSP tests among them) send 1036-byte segments of 1008 plaintext bytes, and the C-MAC, not the size,
/// is what protects the eUICC.
public struct BSPSegment: Hashable, Sendable {
    /// The largest segment SGP.22 allows, tag and length field included.
    public static let maximumByteCount = 1020

    /// The segment's tag.
    public let tag: BSPSegmentTag
    /// The whole TLV, exactly as received or sent (the MAC covers the length bytes as they are).
    public let encoded: [UInt8]
    /// Number of bytes of tag and length field.
    public let headerByteCount: Int

    /// Tag and length field.
    public var header: ArraySlice<UInt8> { encoded[0..<headerByteCount] }
    /// The value: ciphertext or plaintext, then the C-MAC.
    public var value: ArraySlice<UInt8> { encoded[headerByteCount...] }

    /// Parses exactly one segment TLV; trailing bytes, unknown tags and truncation are errors.
    public init(encoded bytes: some Collection<UInt8>) throws {
        let array = Array(bytes)
        let length = try Self.totalLength(of: array[...])
        guard length == array.count else {
            throw SSPCryptoError.malformedSegment(
                reason: "\(array.count - length) trailing bytes after a segment of \(length) bytes")
        }
        try self.init(validated: array)
    }

    /// Builds a segment from its tag and value, with the shortest length field.
    init(tag: BSPSegmentTag, value: [UInt8]) throws {
        let encoded = [tag.rawValue] + BERLength.encode(value.count) + value
        guard encoded.count <= Self.maximumByteCount else {
            throw SSPCryptoError.segmentTooLong(length: encoded.count, maximum: Self.maximumByteCount)
        }
        self.tag = tag
        self.encoded = encoded
        self.headerByteCount = encoded.count - value.count
    }

    /// Splits concatenated segment TLVs (the content of 'A0', 'A1', 'A2' or 'A3') into segments.
    public static func parseAll(_ bytes: some Collection<UInt8>) throws -> [BSPSegment] {
        var remaining = Array(bytes)[...]
        var segments: [BSPSegment] = []
        while !remaining.isEmpty {
            let length = try totalLength(of: remaining)
            segments.append(try BSPSegment(validated: Array(remaining.prefix(length))))
            remaining = remaining.dropFirst(length)
        }
        return segments
    }

    private init(validated array: [UInt8]) throws {
        guard let tag = array.first.flatMap(BSPSegmentTag.init(rawValue:)) else {
            throw SSPCryptoError.malformedSegment(reason: "first byte is not one of the tags '86', '87', '88'")
        }
        let (_, fieldSize) = try BERLength.decode(array, at: 1)
        self.tag = tag
        self.encoded = array
        self.headerByteCount = 1 + fieldSize
    }

    /// Length of the TLV at the start of `bytes`, checking that its value is all there.
    private static func totalLength(of bytes: ArraySlice<UInt8>) throws -> Int {
        guard !bytes.isEmpty else {
            throw SSPCryptoError.malformedSegment(reason: "empty input")
        }
        let (length, fieldSize) = try BERLength.decode(bytes, at: bytes.startIndex + 1)
        let total = 1 + fieldSize + length
        guard total <= bytes.count else {
            throw SSPCryptoError.malformedSegment(
                reason: "value of \(length) bytes announced, only \(bytes.count - 1 - fieldSize) present")
        }
        return total
    }
}
