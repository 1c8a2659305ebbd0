/// Hexadecimal as ES9+ writes a `transactionId`: two digits an octet, upper case on output.
///
/// Lower-case digits are accepted on input (the value is the same octets); anything else is refused with the
/// offset of the first bad character.
enum RSPJSONHex {
    private static let digits = Array("0123456789ABCDEF".utf8)

    /// Upper-case hexadecimal, two digits an octet.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The octets `text` spells, or a sentence saying what is wrong with it.
    static func decode(_ text: String) -> Result<[UInt8], RSPJSONFieldFault> {
        let characters = Array(text.utf8)
        guard characters.count % 2 == 0 else {
            return .failure(RSPJSONFieldFault("not valid hex: odd number of digits (\(characters.count))"))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count / 2)
        var index = 0
        while index < characters.count {
            guard let high = nibble(characters[index]) else {
                return .failure(badDigit(characters[index], at: index))
            }
            guard let low = nibble(characters[index + 1]) else {
                return .failure(badDigit(characters[index + 1], at: index + 1))
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        return .success(bytes)
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return character - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return character - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return character - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    private static func badDigit(_ character: UInt8, at offset: Int) -> RSPJSONFieldFault {
        RSPJSONFieldFault("not valid hex: character \(RSPJSONBase64.describe(character)) at offset \(offset)")
    }
}
