/// Why a text is not an SGP.22 Activation Code, one case per mistake, each with a sentence a user can act on.
public enum ActivationCodeRejection: Error, Hashable, Sendable, CustomStringConvertible {
    /// A field of the Activation Code, for messages.
    public enum Field: String, Sendable, Hashable {
        case format = "AC_Format"
        case smdpAddress = "SM-DP+ address"
        case matchingID = "Matching ID"
        case smdpOID = "SM-DP+ OID"
        case confirmationCodeRequiredFlag = "Confirmation Code Required Flag"
    }

    /// Why an SM-DP+ address is not an FQDN.
    public enum AddressProblem: Hashable, Sendable {
        /// A character other than letters, digits, `-` and `.`.
        case illegalCharacter(Character)
        /// Two dots in a row, or a dot at the start or the end.
        case emptyLabel
        /// A label longer than 63 characters (RFC 1035).
        case labelTooLong(String)
        /// A label that starts or ends with `-`.
        case hyphenAtLabelEdge(String)
        /// A single label other than `localhost`: not fully qualified.
        case notFullyQualified
        /// A `:port` suffix that is not a number from 1 to 65535.
        case invalidPort(String)
        /// The last label is numeric: an IP address, not a domain name.
        case numericTopLevelLabel
    }

    /// Nothing was given.
    case empty
    /// The text starts with a variant of `LPA:` other than the exact upper-case prefix.
    case malformedPrefix(String)
    /// There is no `$` at all: the text is not made of fields.
    case missingDelimiter
    /// The text starts with `$`: the AC_Format field is empty.
    case missingFormat
    /// The AC_Format is not `1`, the only format SGP.22 defines.
    case unsupportedFormat(String)
    /// The SM-DP+ address field is empty.
    case emptyAddress
    /// The SM-DP+ address is not a fully qualified domain name.
    case invalidAddress(String, AddressProblem)
    /// Only format and address were given; the AC_Token field (which may be empty) is mandatory.
    case missingMatchingIDField
    /// More than the five fields SGP.22 defines.
    case tooManyFields(Int)
    /// A `$` introduces a field that is then left empty with nothing after it.
    case emptyTrailingField(Field)
    /// The Matching ID contains a character other than `A`-`Z`, `0`-`9` and `-`.
    case illegalMatchingIDCharacter(Character)
    /// The SM-DP+ OID is not a dotted-decimal object identifier.
    case invalidOID(String)
    /// The Confirmation Code Required Flag is present but is not `1`.
    case invalidConfirmationCodeRequiredFlag(String)
    /// A field is longer than allowed.
    case tooLong(Field, length: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty:
            return "The activation code is empty."
        case .malformedPrefix(let prefix):
            return "The activation code starts with \"\(prefix)\"; the prefix must be exactly \"LPA:\" in upper case."
        case .missingDelimiter:
            return "The activation code has no \"$\"; it must read 1$<SM-DP+ address>$<matching ID>."
        case .missingFormat:
            return "The activation code starts with \"$\"; it must start with the format \"1\"."
        case .unsupportedFormat(let format):
            return "The activation code format is \"\(format)\"; only format \"1\" is defined."
        case .emptyAddress:
            return "The SM-DP+ address is empty."
        case .invalidAddress(let address, let problem):
            return "The SM-DP+ address \"\(address)\" is not a domain name: \(problem.sentence)"
        case .missingMatchingIDField:
            return "The activation code ends after the SM-DP+ address; a \"$\" and the matching ID must follow "
                + "(the matching ID may be empty)."
        case .tooManyFields(let count):
            return "The activation code has \(count) fields separated by \"$\"; at most 5 are allowed."
        case .emptyTrailingField(let field):
            return "The activation code ends with an empty \(field.rawValue); remove the trailing \"$\"."
        case .illegalMatchingIDCharacter(let character):
            return
                "The matching ID contains \"\(character)\"; only upper-case letters A-Z, digits and \"-\" are allowed."
        case .invalidOID(let oid):
            return "The SM-DP+ OID \"\(oid)\" is not an object identifier such as 1.3.6.1.4.1.31746."
        case .invalidConfirmationCodeRequiredFlag(let flag):
            return "The confirmation code flag is \"\(flag)\"; it must be \"1\" or be left out."
        case .tooLong(let field, let length, let limit):
            return "The \(field.rawValue) has \(length) characters; at most \(limit) are allowed."
        }
    }
}

extension ActivationCodeRejection.AddressProblem {
    /// The end of the sentence that explains the problem.
    var sentence: String {
        switch self {
        case .illegalCharacter(let character):
            return "it contains \"\(character)\"; only letters, digits, \"-\" and \".\" are allowed."
        case .emptyLabel:
            return "it has an empty label (two dots in a row, or a dot at the start or end)."
        case .labelTooLong(let label):
            return "the label \"\(label.prefix(16))…\" is longer than 63 characters."
        case .hyphenAtLabelEdge(let label):
            return "the label \"\(label)\" starts or ends with \"-\"."
        case .notFullyQualified:
            return "it has a single label; a fully qualified name such as smdp.example.com is needed."
        case .invalidPort(let port):
            return "its port \"\(port)\" is not a number from 1 to 65535."
        case .numericTopLevelLabel:
            return "it ends in a number, so it is an IP address; SGP.22 requires a domain name."
        }
    }
}
