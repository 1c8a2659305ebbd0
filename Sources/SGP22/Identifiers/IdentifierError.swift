/// Which identifier a check was made on, so that an error can name it.
public enum IdentifierKind: String, Sendable, Hashable {
    case iccid = "ICCID"
    case eid = "EID"
}

/// How much an identifier parser insists on.
///
/// Text typed or pasted by a person, or sent by an operator, is parsed `strict`: a wrong digit is far more
/// likely a typing error than a real identifier, and the check digits exist to catch it. Bytes read from a
/// card or a profile package are parsed `lenient`: the issuer already chose that number, test cards and
/// test profiles do not always carry valid check digits, and refusing them would make the card unusable.
public enum IdentifierValidation: Sendable, Hashable {
    /// Length, prefix, digits and check digits must all be right.
    case strict
    /// Only the encoding must be right (decimal digits, padding at the end); prefix and check digits are not checked.
    case lenient
}

/// Why a decimal identifier (ICCID, EID) was refused.
public enum IdentifierError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text was empty.
    case empty(IdentifierKind)
    /// The identifier has `found` digits; `allowed` gives the legal counts.
    case wrongDigitCount(IdentifierKind, found: Int, allowed: ClosedRange<Int>)
    /// A character that is not a decimal digit, at a 0-based position.
    case nonDigit(IdentifierKind, character: Character, position: Int)
    /// The identifier does not start with the prefix its kind requires.
    case wrongPrefix(IdentifierKind, found: String, expected: String)
    /// The check digit(s) computed from the other digits differ from the ones given.
    case checkDigitMismatch(IdentifierKind, expected: String, found: String)
    /// The binary form has the wrong number of bytes.
    case wrongByteCount(IdentifierKind, found: Int, expected: Int)
    /// A nibble that is neither a decimal digit nor the `F` padding, at a 0-based byte index.
    case invalidNibble(IdentifierKind, nibble: UInt8, byteIndex: Int)
    /// A digit follows the `F` padding: padding may only fill the end.
    case paddingNotAtEnd(IdentifierKind, byteIndex: Int)

    public var description: String {
        switch self {
        case .empty(let kind):
            return "The \(kind.rawValue) is empty."
        case .wrongDigitCount(let kind, let found, let allowed):
            let range = allowed.count == 1 ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
            return "The \(kind.rawValue) has \(found) digits; it must have \(range)."
        case .nonDigit(let kind, let character, let position):
            return
                "The \(kind.rawValue) contains \"\(character)\" at position \(position + 1); "
                + "only digits 0-9 are allowed."
        case .wrongPrefix(let kind, let found, let expected):
            return "The \(kind.rawValue) starts with \"\(found)\"; it must start with \"\(expected)\"."
        case .checkDigitMismatch(let kind, let expected, let found):
            return "The \(kind.rawValue) check digits are \"\(found)\" but the other digits give \"\(expected)\"; "
                + "the number was probably mistyped."
        case .wrongByteCount(let kind, let found, let expected):
            return "The binary \(kind.rawValue) has \(found) bytes; it must have \(expected)."
        case .invalidNibble(let kind, let nibble, let byteIndex):
            let hex = String(nibble, radix: 16, uppercase: true)
            return
                "The binary \(kind.rawValue) holds the nibble \(hex) in byte \(byteIndex); "
                + "only 0-9 and F padding are allowed."
        case .paddingNotAtEnd(let kind, let byteIndex):
            return "The binary \(kind.rawValue) has a digit after the F padding in byte \(byteIndex); "
                + "padding may only fill the end."
        }
    }
}
