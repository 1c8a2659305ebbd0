/// A response APDU (ISO/IEC 7816-4 §5.1): the response data field followed by the status word SW1 SW2.
public struct ResponseAPDU: Hashable, Sendable, CustomStringConvertible {
    /// The response data field (may be empty).
    public var data: [UInt8]
    /// The trailer SW1 SW2.
    public var statusWord: StatusWord

    /// A response from its parts.
    public init(data: [UInt8] = [], statusWord: StatusWord) {
        self.data = data
        self.statusWord = statusWord
    }

    /// Parses a response from its bytes: everything before the last two bytes is data.
    ///
    /// - Throws: `APDUFormatError.responseTooShort` when fewer than two bytes arrive.
    public init(bytes: [UInt8]) throws(APDUFormatError) {
        guard bytes.count >= 2 else { throw .responseTooShort(length: bytes.count) }
        data = Array(bytes[..<(bytes.count - 2)])
        statusWord = StatusWord(sw1: bytes[bytes.count - 2], sw2: bytes[bytes.count - 1])
    }

    /// data ‖ SW1 SW2.
    public var bytes: [UInt8] { data + statusWord.bytes }

    public var description: String {
        data.isEmpty ? statusWord.description : "\(data.hexString) \(statusWord)"
    }
}
