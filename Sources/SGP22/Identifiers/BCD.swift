/// Binary-coded decimal as SIM cards store identifiers: two decimal digits a byte, `F` nibbles as padding.
///
/// Two byte orders are in use. EF.ICCID (and SGP.22's `Iccid`, tag 5A) swaps the nibbles of each byte, so the
/// first digit sits in the low nibble. The SAIP ProfileHeader and GetEID's EID keep the printed order, the first
/// digit in the high nibble.
enum BCD {
    /// Packs `digits` (values 0-9) into `byteCount` bytes, padding the end with `F`.
    static func encode(_ digits: [UInt8], byteCount: Int, swapped: Bool) -> [UInt8] {
        var nibbles = digits
        while nibbles.count < byteCount * 2 { nibbles.append(0xF) }
        return (0..<byteCount).map { index in
            let first = nibbles[2 * index]
            let second = nibbles[2 * index + 1]
            return swapped ? (second << 4) | first : (first << 4) | second
        }
    }

    /// Unpacks `bytes` into digits; `F` is accepted only as trailing padding.
    static func decode(
        _ bytes: some Collection<UInt8>, swapped: Bool, kind: IdentifierKind
    ) throws(IdentifierError)
        -> [UInt8]
    {
        var digits: [UInt8] = []
        var paddingStartedAt: Int?
        for (index, byte) in bytes.enumerated() {
            let high = byte >> 4
            let low = byte & 0x0F
            for nibble in swapped ? [low, high] : [high, low] {
                if nibble == 0xF {
                    if paddingStartedAt == nil { paddingStartedAt = index }
                    continue
                }
                guard nibble <= 9 else { throw .invalidNibble(kind, nibble: nibble, byteIndex: index) }
                guard paddingStartedAt == nil else { throw .paddingNotAtEnd(kind, byteIndex: index) }
                digits.append(nibble)
            }
        }
        return digits
    }

    /// The decimal digits of `text`, or the first character that is not one.
    static func digits(of text: String, kind: IdentifierKind) throws(IdentifierError) -> [UInt8] {
        var digits: [UInt8] = []
        for (position, character) in text.enumerated() {
            guard let ascii = character.asciiValue, (0x30...0x39).contains(ascii) else {
                throw .nonDigit(kind, character: character, position: position)
            }
            digits.append(ascii - 0x30)
        }
        return digits
    }

    /// `digits` as printed text.
    static func text(of digits: [UInt8]) -> String {
        String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
    }
}
