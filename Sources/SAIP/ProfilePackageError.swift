/// Why a profile package, or one of its elements, could not be read. Offsets count bytes from the start of the
/// package; indices count profile elements from 0.
public enum ProfilePackageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input holds no bytes.
    case empty
    /// A TLV starts at `offset` but its tag or length bytes run past the end of what encloses it.
    case truncatedHeader(offset: Int)
    /// The TLV at `offset` declares `length` content bytes, but only `available` remain in what encloses it.
    case lengthPastEnd(offset: Int, length: Int, available: Int)
    /// Bytes follow a single element that was expected to end at `offset`.
    case trailingBytes(offset: Int)
    /// The TLV at `offset` uses the indefinite length form, which a profile package (DER) never does.
    case indefiniteLength(offset: Int)
    /// The TLV at `offset` has a length of more than four bytes or the reserved form `FF`.
    case unsupportedLength(offset: Int)
    /// The tag at `offset` is not valid BER (a long-form tag below 31, a leading zero, or more than four bytes).
    case malformedTag(offset: Int)
    /// Constructed TLVs nest deeper than `limit` levels at `offset`.
    case nestingTooDeep(offset: Int, limit: Int)
    /// The TLV at `offset` is not a ProfileElement: those are constructed and context-specific (`A0`…`BF22`).
    case notAProfileElement(offset: Int, tag: String)
    /// The first element is not the ProfileHeader.
    case headerNotFirst(found: ProfileElementType)
    /// A second ProfileHeader appears at element `index`.
    case duplicateHeader(index: Int)
    /// The package does not end with PE-End.
    case missingEnd(last: ProfileElementType)
    /// PE-End appears at element `index` and elements follow it.
    case elementAfterEnd(index: Int)
    /// Element `index` of `type` does not decode; `reason` comes from the ASN.1 decoder.
    case invalidElement(index: Int, type: ProfileElementType, reason: String)
    /// The ICCID in the ProfileHeader is not a decimal ICCID.
    case invalidICCID(String)

    public var description: String {
        switch self {
        case .empty:
            return "The profile package is empty."
        case .truncatedHeader(let offset):
            return "The TLV at byte \(offset) is cut off inside its tag or length."
        case .lengthPastEnd(let offset, let length, let available):
            return "The TLV at byte \(offset) declares \(length) content bytes but only \(available) remain."
        case .trailingBytes(let offset):
            return "The element ends at byte \(offset) but more bytes follow it."
        case .indefiniteLength(let offset):
            return "The TLV at byte \(offset) uses an indefinite length; profile packages use definite lengths."
        case .unsupportedLength(let offset):
            return "The TLV at byte \(offset) has a length field of more than four bytes or the reserved form FF."
        case .malformedTag(let offset):
            return "The tag at byte \(offset) is not a valid BER tag."
        case .nestingTooDeep(let offset, let limit):
            return "The TLVs nest deeper than \(limit) levels at byte \(offset)."
        case .notAProfileElement(let offset, let tag):
            return "The TLV at byte \(offset) has tag \(tag), which is not a ProfileElement "
                + "(those are constructed context-specific tags, A0 to BF22)."
        case .headerNotFirst(let found):
            return "The profile package starts with \(found) instead of the ProfileHeader."
        case .duplicateHeader(let index):
            return "Profile element \(index) is a second ProfileHeader."
        case .missingEnd(let last):
            return "The profile package ends with \(last) instead of PE-End; it may be truncated."
        case .elementAfterEnd(let index):
            return "PE-End is profile element \(index) but more elements follow it."
        case .invalidElement(let index, let type, let reason):
            return "Profile element \(index) (\(type)) does not decode: \(reason)"
        case .invalidICCID(let reason):
            return "The ProfileHeader's ICCID is not usable: \(reason)"
        }
    }
}
