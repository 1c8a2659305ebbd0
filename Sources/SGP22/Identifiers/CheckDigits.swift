/// The check-digit schemes of the card identifiers.
enum CheckDigits {
    /// The Luhn (mod 10) check digit for `body`, as ITU-T E.118 prescribes for the ICCID.
    static func luhn(_ body: [UInt8]) -> UInt8 {
        var sum = 0
        // Doubling starts with the rightmost body digit, the one next to the check digit.
        for (offset, digit) in body.reversed().enumerated() {
            var value = Int(digit)
            if offset % 2 == 0 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return UInt8((10 - sum % 10) % 10)
    }

    /// The decimal number written by `digits`, modulo 97, without building a big integer.
    static func mod97(_ digits: [UInt8]) -> Int {
        digits.reduce(0) { ($0 * 10 + Int($1)) % 97 }
    }

    /// The two check digits that make `body` followed by them ≡ 1 (mod 97):
    /// ISO 7064 MOD 97-10, as for IBANs and EIDs.
    static func mod97Pair(_ body: [UInt8]) -> [UInt8] {
        let value = 98 - mod97(body + [0, 0])
        return [UInt8(value / 10), UInt8(value % 10)]
    }
}
