import SwiftASN1

/// EF.IMSI of the USIM (3GPP TS 31.102 §4.2.2): a length byte, then the IMSI in swapped BCD whose first nibble
/// is the parity/type indicator (`9` odd number of digits, `1` even), padded with `F`.
enum EFIMSI {
    /// The IMSI digits, or `nil` for an empty (erased) file.
    static func decode(_ content: [UInt8]) throws -> String? {
        guard let length = content.first, length != 0xFF, length != 0 else { return nil }
        guard length <= 8, content.count > Int(length) else {
            throw ASN1Error.invalidASN1Object(
                reason: "EF.IMSI declares \(length) bytes in a \(content.count)-byte file")
        }
        let body = content[1...Int(length)]
        guard let first = body.first else { return nil }
        var nibbles = [first >> 4]
        for byte in body.dropFirst() {
            nibbles.append(byte & 0x0F)
            nibbles.append(byte >> 4)
        }
        while nibbles.last == 0xF { nibbles.removeLast() }
        guard nibbles.allSatisfy({ $0 <= 9 }), (6...15).contains(nibbles.count) else {
            throw ASN1Error.invalidASN1Object(reason: "EF.IMSI does not hold 6 to 15 decimal digits")
        }
        return String(decoding: nibbles.map { $0 + 0x30 }, as: UTF8.self)
    }
}
