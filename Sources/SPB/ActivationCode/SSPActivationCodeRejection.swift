import SGP22

/// Why a text is not an SSP activation code, one case per mistake, each with a sentence a user can act on.
public enum SSPActivationCodeRejection: Error, Hashable, Sendable, CustomStringConvertible {
    /// A field of the code, for messages.
    public enum Field: String, Sendable, Hashable {
        case format = "format"
        case spbmAddress = "SPB Manager address"
        case matchingID = "matching ID"
        case familyId = "family ID"
        case custodianOID = "custodian OID"
    }

    /// Nothing was given.
    case empty
    /// The text starts with a variant of `SSP:` other than the exact upper-case prefix.
    case malformedPrefix(String)
    /// There is no `$` at all.
    case missingDelimiter
    /// The text starts with `$`.
    case missingFormat
    /// The format is not `1`.
    case unsupportedFormat(String)
    /// The SPB Manager address field is empty.
    case emptyAddress
    /// The SPB Manager address is not a domain name (same rules as SGP.22's SM-DP+ address).
    case invalidAddress(String, ActivationCodeRejection.AddressProblem)
    /// The SPB Manager address was refused for another reason.
    case addressRejected(String, String)
    /// Only format and address were given; the matching ID field (which may be empty) is mandatory.
    case missingMatchingIDField
    /// More than five fields.
    case tooManyFields(Int)
    /// A `$` introduces a field that is then left empty with nothing after it.
    case emptyTrailingField(Field)
    /// The matching ID contains a character other than `A`-`Z`, `0`-`9` and `-`.
    case illegalMatchingIDCharacter(Character)
    /// The family ID is not 2 to 32 hexadecimal digits.
    case invalidFamilyId(String)
    /// A custodian OID is given without a family ID.
    case custodianWithoutFamily
    /// The custodian OID is not a dotted-decimal object identifier.
    case invalidCustodianOID(String)
    /// A field is longer than allowed.
    case tooLong(Field, length: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty:
            return "The SSP activation code is empty."
        case .malformedPrefix(let prefix):
            return "The code starts with \"\(prefix)\"; the prefix must be exactly \"SSP:\" in upper case."
        case .missingDelimiter:
            return "The code has no \"$\"; it must read SSP:1$<SPB Manager address>$<matching ID>."
        case .missingFormat:
            return "The code starts with \"$\"; it must start with the format \"1\"."
        case .unsupportedFormat(let format):
            return "The code format is \"\(format)\"; only format \"1\" is defined."
        case .emptyAddress:
            return "The SPB Manager address is empty."
        case .invalidAddress(let address, let problem):
            return "The SPB Manager address \"\(address)\" is not a domain name: \(Self.sentence(for: problem))"
        case .addressRejected(let address, let reason):
            return "The SPB Manager address \"\(address)\" is refused: \(reason)"
        case .missingMatchingIDField:
            return "The code ends after the SPB Manager address; a \"$\" and the matching ID must follow "
                + "(the matching ID may be empty)."
        case .tooManyFields(let count):
            return "The code has \(count) fields separated by \"$\"; at most 5 are allowed."
        case .emptyTrailingField(let field):
            return "The code ends with an empty \(field.rawValue); remove the trailing \"$\"."
        case .illegalMatchingIDCharacter(let character):
            return
                "The matching ID contains \"\(character)\"; only upper-case letters A-Z, digits and \"-\" are allowed."
        case .invalidFamilyId(let text):
            return "The family ID \"\(text)\" is not 2 to 32 hexadecimal digits (1 to 16 bytes), such as 0001."
        case .custodianWithoutFamily:
            return "The code gives a custodian OID but no family ID; the family ID must come first."
        case .invalidCustodianOID(let oid):
            return "The custodian OID \"\(oid.prefix(64))\" is not an object identifier such as 2.999.3103.4.1."
        case .tooLong(let field, let length, let limit):
            return "The \(field.rawValue) has \(length) characters; at most \(limit) are allowed."
        }
    }

    private static func sentence(for problem: ActivationCodeRejection.AddressProblem) -> String {
        switch problem {
        case .illegalCharacter(let character):
            return "it contains \"\(character)\"; only letters, digits, \"-\" and \".\" are allowed."
        case .emptyLabel:
            return "it has an empty label (two dots in a row, or a dot at the start or end)."
        case .labelTooLong(let label):
            return "the label \"\(label.prefix(16))…\" is longer than 63 characters."
        case .hyphenAtLabelEdge(let label):
            return "the label \"\(label)\" starts or ends with \"-\"."
        case .notFullyQualified:
            return "it has a single label; a fully qualified name such as spbm.example.com is needed."
        case .invalidPort(let port):
            return "its port \"\(port)\" is not a number from 1 to 65535."
        case .numericTopLevelLabel:
            return "it ends in a number, so it is an IP address; a domain name is required."
        }
    }
}
