/// The base64 that ES9+ and ES2+ carry binary fields in: RFC 4648 section 4, standard alphabet, with padding.
///
/// Written out rather than taken from `Data(base64Encoded:)` so that a refusal can say which character at which
/// offset was wrong, and so that the rules do not change with the Foundation in use. Decoding skips CR and LF
/// (some Java encoders wrap at 76 columns) and refuses everything else outside the alphabet: URL-safe `-`/`_`,
/// spaces, missing or misplaced padding. Encoding never wraps.
enum RSPJSONBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with `=` padding, one line.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            out.append(alphabet[Int(value >> 18 & 0x3F)])
            out.append(alphabet[Int(value >> 12 & 0x3F)])
            out.append(alphabet[Int(value >> 6 & 0x3F)])
            out.append(alphabet[Int(value & 0x3F)])
            index += 3
        }
        let rest = bytes.count - index
        if rest == 1 {
            let value = UInt32(bytes[index]) << 16
            out.append(alphabet[Int(value >> 18 & 0x3F)])
            out.append(alphabet[Int(value >> 12 & 0x3F)])
            out.append(UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        } else if rest == 2 {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
            out.append(alphabet[Int(value >> 18 & 0x3F)])
            out.append(alphabet[Int(value >> 12 & 0x3F)])
            out.append(alphabet[Int(value >> 6 & 0x3F)])
            out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes `text` encodes, or a sentence saying what is wrong with it.
    static func decode(_ text: String) -> Result<[UInt8], RSPJSONFieldFault> {
        var sextets: [UInt8] = []
        sextets.reserveCapacity(text.utf8.count)
        var padding = 0
        for (offset, character) in text.utf8.enumerated() {
            if character == UInt8(ascii: "\r") || character == UInt8(ascii: "\n") { continue }
            if character == UInt8(ascii: "=") {
                padding += 1
                if padding > 2 {
                    return .failure(RSPJSONFieldFault("not valid base64: more than two '=' at offset \(offset)"))
                }
                continue
            }
            guard padding == 0 else {
                return .failure(RSPJSONFieldFault("not valid base64: data after '=' padding at offset \(offset)"))
            }
            guard let value = sextet(character) else {
                return .failure(
                    RSPJSONFieldFault(
                        "not valid base64: character \(describe(character)) at offset \(offset) is outside the "
                            + "standard alphabet"))
            }
            sextets.append(value)
        }
        guard (sextets.count + padding) % 4 == 0 else {
            return .failure(
                RSPJSONFieldFault(
                    "not valid base64: \(sextets.count + padding) characters is not a multiple of 4 "
                        + "(padding '=' is required)"))
        }
        if padding > 0 && sextets.count % 4 + padding != 4 {
            return .failure(RSPJSONFieldFault("not valid base64: wrong amount of '=' padding"))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sextets.count * 3 / 4)
        var index = 0
        while index + 4 <= sextets.count {
            let value =
                UInt32(sextets[index]) << 18 | UInt32(sextets[index + 1]) << 12
                | UInt32(sextets[index + 2]) << 6 | UInt32(sextets[index + 3])
            bytes.append(UInt8(value >> 16 & 0xFF))
            bytes.append(UInt8(value >> 8 & 0xFF))
            bytes.append(UInt8(value & 0xFF))
            index += 4
        }
        let rest = sextets.count - index
        if rest == 2 {
            let value = UInt32(sextets[index]) << 18 | UInt32(sextets[index + 1]) << 12
            bytes.append(UInt8(value >> 16 & 0xFF))
        } else if rest == 3 {
            let value =
                UInt32(sextets[index]) << 18 | UInt32(sextets[index + 1]) << 12
                | UInt32(sextets[index + 2]) << 6
            bytes.append(UInt8(value >> 16 & 0xFF))
            bytes.append(UInt8(value >> 8 & 0xFF))
        }
        return .success(bytes)
    }

    private static func sextet(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }

    static func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "0x" + RSPJSONHex.encode([byte])
    }
}
