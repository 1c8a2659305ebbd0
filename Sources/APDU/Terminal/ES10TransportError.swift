/// Why an ES10 exchange failed on the terminal side.
public enum ES10TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The STORE DATA block size is outside 1-255.
    case invalidBlockSize(Int)
    /// `transmitES10` or `close` before `open`.
    case notOpen
    /// An ES10 request must have at least one byte.
    case emptyRequest
    /// The request needs more blocks than P2 can number (256).
    case requestTooLong(length: Int, blockSize: Int)
    /// The card answered a status word other than `9000`/`61xx` to the step named.
    case unexpectedStatus(StatusWord, step: String)
    /// MANAGE CHANNEL open answered something other than one channel number byte 1-19.
    case malformedChannelNumber([UInt8])
    /// The card kept announcing more response bytes beyond the limit.
    case responseTooLong(limit: Int)

    public var description: String {
        switch self {
        case .invalidBlockSize(let size):
            return "STORE DATA block size \(size) is outside 1-255"
        case .notOpen:
            return "no logical channel open to the ISD-R: call open() first"
        case .emptyRequest:
            return "an ES10 request cannot be empty"
        case .requestTooLong(let length, let blockSize):
            return "a \(length)-byte request needs more than 256 STORE DATA blocks of \(blockSize) bytes"
        case .unexpectedStatus(let statusWord, let step):
            return "\(step) failed with SW \(statusWord)"
        case .malformedChannelNumber(let data):
            return
                "MANAGE CHANNEL answered \(data.hexString.isEmpty ? "no data" : data.hexString), not a channel number"
        case .responseTooLong(let limit):
            return "the card announced more than \(limit) response bytes"
        }
    }
}
