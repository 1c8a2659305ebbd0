/// vpcd's framing: each message is a 2-byte big-endian length followed by that many payload bytes.
///
/// A 1-byte payload from vpcd is a `VPCDControlCode`; a longer one is a command APDU, answered with the
/// response APDU (data ‖ SW1 SW2) in one frame. The ATR is answered the same way.
enum VPCDFraming {
    /// The largest payload a frame can carry.
    static let maximumPayload = 0xFFFF

    /// The frame for `payload`, or `nil` when it is longer than 65535 bytes.
    static func frame(_ payload: [UInt8]) -> [UInt8]? {
        guard payload.count <= maximumPayload else { return nil }
        return [UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)] + payload
    }

    /// The payload length a 2-byte frame header announces.
    static func payloadLength(header: [UInt8]) -> Int? {
        guard header.count == 2 else { return nil }
        return Int(header[0]) << 8 | Int(header[1])
    }
}
