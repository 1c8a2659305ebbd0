/// The identifier and length of one BER TLV, as read by ``BERTLVScanner``.
struct TLVHeader: Hashable, Sendable {
    /// Bits 8-7 of the first identifier byte: 0 universal, 1 application, 2 context-specific, 3 private.
    var tagClass: UInt8
    /// Whether the content is itself a series of TLVs.
    var isConstructed: Bool
    var tagNumber: UInt
    /// The number of identifier bytes.
    var identifierLength: Int
    /// The number of identifier and length bytes.
    var headerLength: Int
    var contentLength: Int

    var totalLength: Int { headerLength + contentLength }
}

/// Walks BER TLV structure without recursion, so that hostile nesting costs a bounded amount of memory and time.
///
/// Profile packages are DER, but the scanner also takes BER's non-minimal definite lengths so that every element
/// a generator wrote can be kept byte for byte. Indefinite lengths are refused: SAIP never uses them, and an
/// element whose end cannot be found without parsing its content could not be kept as opaque bytes.
enum BERTLVScanner {
    /// The deepest nesting accepted; the TS.48 packages reach 6 levels, the PE definitions about 8.
    static let maximumDepth = 32

    /// Reads the identifier and length at `offset`; the whole TLV must end at or before `limit`.
    static func readHeader(_ bytes: [UInt8], at offset: Int, limit: Int) throws(ProfilePackageError) -> TLVHeader {
        var position = offset
        guard position < limit else { throw .truncatedHeader(offset: offset) }
        let first = bytes[position]
        position += 1
        var tagNumber = UInt(first & 0x1F)
        if tagNumber == 0x1F {
            tagNumber = 0
            var count = 0
            while true {
                guard position < limit else { throw .truncatedHeader(offset: offset) }
                let byte = bytes[position]
                position += 1
                count += 1
                // No leading zero septet, at most four subsequent bytes (tag numbers below 2^28).
                guard !(count == 1 && byte == 0x80), count <= 4 else { throw .malformedTag(offset: offset) }
                tagNumber = (tagNumber << 7) | UInt(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            guard tagNumber >= 0x1F else { throw .malformedTag(offset: offset) }
        }

        let identifierLength = position - offset
        guard position < limit else { throw .truncatedHeader(offset: offset) }
        let lengthByte = bytes[position]
        position += 1
        var length = 0
        if lengthByte < 0x80 {
            length = Int(lengthByte)
        } else if lengthByte == 0x80 {
            throw .indefiniteLength(offset: offset)
        } else {
            let count = Int(lengthByte & 0x7F)
            guard count <= 4 else { throw .unsupportedLength(offset: offset) }
            guard position + count <= limit else { throw .truncatedHeader(offset: offset) }
            for byte in bytes[position..<(position + count)] {
                length = (length << 8) | Int(byte)
            }
            position += count
        }
        let available = limit - position
        guard length <= available else {
            throw .lengthPastEnd(offset: offset, length: length, available: available)
        }
        return TLVHeader(
            tagClass: first >> 6, isConstructed: first & 0x20 != 0, tagNumber: tagNumber,
            identifierLength: identifierLength, headerLength: position - offset, contentLength: length)
    }

    /// Checks that the TLV at `offset` and everything nested in it is well formed; returns its header.
    static func validateTLV(_ bytes: [UInt8], at offset: Int, limit: Int) throws(ProfilePackageError) -> TLVHeader {
        let header = try readHeader(bytes, at: offset, limit: limit)
        guard header.isConstructed else { return header }
        // The ends of the constructed TLVs still open, innermost last.
        var openEnds = [offset + header.totalLength]
        var position = offset + header.headerLength
        while let end = openEnds.last {
            if position == end {
                openEnds.removeLast()
                continue
            }
            let child = try readHeader(bytes, at: position, limit: end)
            if child.isConstructed {
                guard openEnds.count < maximumDepth else {
                    throw .nestingTooDeep(offset: position, limit: maximumDepth)
                }
                openEnds.append(position + child.totalLength)
                position += child.headerLength
            } else {
                position += child.totalLength
            }
        }
        return header
    }

    /// The identifier bytes of the TLV at `offset` in hexadecimal, for messages.
    static func tagText(_ bytes: [UInt8], at offset: Int, header: TLVHeader) -> String {
        bytes[offset..<(offset + header.identifierLength)].map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }
}
