/// A minimal strict DER tag-length-value reader for the few small structures SSPCrypto must inspect itself
/// (ECDSA-Sig-Value, SEC1 and PKCS#8 private keys). Only single-byte tags occur there; lengths must use the
/// shortest form, as DER requires. Every failure throws ``SSPCryptoError/malformedDER(context:)``.
struct DERReader {
    private var remaining: ArraySlice<UInt8>
    private let context: String

    init(_ bytes: ArraySlice<UInt8>, context: String) {
        self.remaining = bytes
        self.context = context
    }

    var isAtEnd: Bool { remaining.isEmpty }

    /// Reads the next TLV and returns its tag and value.
    mutating func read() throws -> (tag: UInt8, value: ArraySlice<UInt8>) {
        guard let tag = remaining.first else {
            throw SSPCryptoError.malformedDER(context: "\(context): missing element")
        }
        guard tag & 0x1F != 0x1F else {
            throw SSPCryptoError.malformedDER(context: "\(context): multi-byte tag not expected here")
        }
        var index = remaining.index(after: remaining.startIndex)
        guard index < remaining.endIndex else {
            throw SSPCryptoError.malformedDER(context: "\(context): missing length after tag")
        }
        let first = remaining[index]
        index += 1
        var length = 0
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard count >= 1, count <= 3 else {
                throw SSPCryptoError.malformedDER(context: "\(context): unsupported length form \(first)")
            }
            guard remaining.endIndex - index >= count else {
                throw SSPCryptoError.malformedDER(context: "\(context): truncated length")
            }
            for byte in remaining[index..<index + count] {
                length = length << 8 | Int(byte)
            }
            index += count
            // DER: the long form only for lengths of 128 or more, and with no leading zero byte.
            guard length >= 0x80, remaining[index - count] != 0 else {
                throw SSPCryptoError.malformedDER(context: "\(context): length not in shortest form")
            }
        }
        guard remaining.endIndex - index >= length else {
            throw SSPCryptoError.malformedDER(context: "\(context): value of \(length) bytes is truncated")
        }
        let value = remaining[index..<index + length]
        remaining = remaining[(index + length)...]
        return (tag, value)
    }

    /// Reads the next TLV and checks its tag.
    mutating func read(tag expected: UInt8, _ what: String) throws -> ArraySlice<UInt8> {
        let element = try read()
        guard element.tag == expected else {
            throw SSPCryptoError.malformedDER(
                context: "\(context): \(what) has tag \(element.tag), expected \(expected)")
        }
        return element.value
    }

    /// Reads the next TLV only if it carries `tag`.
    mutating func readIfPresent(tag: UInt8) throws -> ArraySlice<UInt8>? {
        guard remaining.first == tag else { return nil }
        return try read().value
    }

    /// Throws unless everything has been consumed.
    func finish() throws {
        guard isAtEnd else {
            throw SSPCryptoError.malformedDER(context: "\(context): \(remaining.count) unexpected trailing bytes")
        }
    }
}

/// DER encoding helpers for the same small structures.
enum DERWriter {
    /// Tag, shortest-form length, value.
    static func tlv(tag: UInt8, value: some Collection<UInt8>) -> [UInt8] {
        [tag] + BERLength.encode(value.count) + value
    }
}
