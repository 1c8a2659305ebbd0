/// Why bytes could not be read as an APDU. Every case is answered on the card side with `6700` (wrong length).
public enum APDUFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Fewer than the four header bytes CLA INS P1 P2.
    case commandTooShort(length: Int)
    /// Lc announces more data bytes than follow it.
    case lcExceedsData(lc: Int, available: Int)
    /// Bytes are left over after the data field and Le.
    case trailingBytes(count: Int)
    /// An extended-length APDU (`00` after the header) without a complete two-byte length.
    case malformedExtendedLength(bodyLength: Int)
    /// An extended-length Lc of zero followed by more bytes: no APDU case has that shape.
    case zeroLc
    /// A response APDU shorter than its two status bytes.
    case responseTooShort(length: Int)

    /// The status word a card answers this error with.
    public var statusWord: StatusWord { .wrongLength }

    public var description: String {
        switch self {
        case .commandTooShort(let length):
            return "command APDU of \(length) bytes is shorter than the 4-byte header CLA INS P1 P2"
        case .lcExceedsData(let lc, let available):
            return "Lc announces \(lc) data bytes but only \(available) follow"
        case .trailingBytes(let count):
            return "\(count) bytes follow the data field and Le"
        case .malformedExtendedLength(let bodyLength):
            return "extended-length marker 00 followed by \(bodyLength - 1) bytes instead of a 2-byte length"
        case .zeroLc:
            return "extended Lc of 0000 followed by more bytes"
        case .responseTooShort(let length):
            return "response APDU of \(length) bytes is shorter than the status word SW1 SW2"
        }
    }
}
