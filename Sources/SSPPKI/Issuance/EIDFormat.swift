/// The EID's textual form: 32 decimal digits whose last two are check digits (SGP.02 §2.2.2,
/// SGP.29): the whole number taken modulo 97 equals 1, as for an IBAN.
public enum EIDFormat {
    /// The number of digits in an EID.
    public static let length = 32

    /// The number of leading digits SGP.22 v2.2 puts in the EUM's name constraint (the IIN).
    public static let rangePrefixLength = 8

    /// The lab's default EID: the SGP.26 test IIN `89049032`, individual number 1.
    public static let labDefault = make(prefix: "89049032", individualNumber: 1) ?? ""

    /// Why `eid` is not a valid EID, or `nil` when it is.
    public static func problem(with eid: String) -> String? {
        guard eid.count == length else { return "it has \(eid.count) characters instead of \(length)" }
        guard eid.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "it holds characters other than digits" }
        guard remainder97(eid) == 1 else {
            let expected = checkDigits(forFirst30: String(eid.prefix(30))) ?? "??"
            return "its check digits are \(eid.suffix(2)), expected \(expected)"
        }
        return nil
    }

    /// Whether `eid` is 32 digits with valid check digits.
    public static func isValid(_ eid: String) -> Bool { problem(with: eid) == nil }

    /// The two check digits that complete the 30 leading digits `first30`.
    public static func checkDigits(forFirst30 first30: String) -> String? {
        guard first30.count == 30, first30.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let value = 98 - remainder97(first30 + "00")
        return value < 10 ? "0\(value)" : "\(value)"
    }

    /// An EID made of `prefix`, zeros, `individualNumber` and the check digits; `nil` if they do not fit.
    public static func make(prefix: String, individualNumber: UInt64) -> String? {
        let number = String(individualNumber)
        guard prefix.count + number.count <= 30, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let first30 = prefix + String(repeating: "0", count: 30 - prefix.count - number.count) + number
        return checkDigits(forFirst30: first30).map { first30 + $0 }
    }

    /// The decimal number `digits` modulo 97, computed digit by digit.
    static func remainder97(_ digits: String) -> Int {
        digits.reduce(0) { ($0 * 10 + Int($1.wholeNumberValue ?? 0)) % 97 }
    }
}
