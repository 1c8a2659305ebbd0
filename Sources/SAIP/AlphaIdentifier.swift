/// Text as SIM files store names (ETSI TS 102 221 Annex A): the GSM 7-bit default alphabet one character a
/// byte, or one of three UCS2 forms flagged by a first byte of `80`, `81` or `82`. Unused bytes are `FF`.
enum AlphaIdentifier {
    /// The text, or `nil` when the bytes hold none.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let first = bytes.first else { return nil }
        var scalars: [Unicode.Scalar] = []
        let rest = bytes.dropFirst()
        switch first {
        case 0x80:
            // UCS2, big-endian, until FFFF.
            var iterator = rest.makeIterator()
            while let high = iterator.next(), let low = iterator.next() {
                let value = UInt16(high) << 8 | UInt16(low)
                if value == 0xFFFF { break }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                scalars.append(scalar)
            }
        case 0x81, 0x82:
            // A character count, a base (8 bits shifted by 7, or 16 bits), then offsets from it.
            let header = first == 0x81 ? 2 : 3
            guard rest.count >= header else { return nil }
            let count = Int(rest[rest.startIndex])
            let base =
                first == 0x81
                ? UInt32(rest[rest.startIndex + 1]) << 7
                : UInt32(rest[rest.startIndex + 1]) << 8 | UInt32(rest[rest.startIndex + 2])
            for byte in rest.dropFirst(header).prefix(count) {
                if byte & 0x80 == 0 {
                    scalars.append(GSMDefaultAlphabet.scalar(byte))
                } else if let scalar = Unicode.Scalar(base + UInt32(byte & 0x7F)) {
                    scalars.append(scalar)
                } else {
                    return nil
                }
            }
        default:
            scalars = GSMDefaultAlphabet.decode(bytes.prefix { $0 != 0xFF })
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text.isEmpty ? nil : text
    }
}

/// The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1), unpacked, one septet a byte.
enum GSMDefaultAlphabet {
    private static let basic = Array(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1B}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)

    private static let extensions: [UInt8: Unicode.Scalar] = [
        0x0A: "\u{0C}", 0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[", 0x3D: "~", 0x3E: "]", 0x40: "|",
        0x65: "€",
    ]

    /// The character of one septet (bit 8 ignored).
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        basic[Int(byte & 0x7F)]
    }

    /// Decodes unpacked septets, following the escape `1B` into the extension table.
    static func decode(_ bytes: some Sequence<UInt8>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var escaped = false
        for byte in bytes {
            let septet = byte & 0x7F
            if escaped {
                // An unknown extension shows the basic character, as TS 23.038 asks.
                scalars.append(extensions[septet] ?? scalar(septet))
                escaped = false
            } else if septet == 0x1B {
                escaped = true
            } else {
                scalars.append(scalar(septet))
            }
        }
        return scalars
    }
}
