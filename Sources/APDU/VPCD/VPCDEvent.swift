/// What the vpcd bridge reports while it runs, for logs and tests.
public enum VPCDEvent: Hashable, Sendable {
    /// Connected to vpcd.
    case connected(host: String, port: UInt16)
    /// A connection attempt failed; a retry follows after `retryIn` seconds.
    case connectionFailed(reason: String, retryIn: Double)
    /// The connection ended (vpcd closed it, an I/O error, or `stop()`); the card was powered off.
    case disconnected(reason: String)
    /// vpcd sent a control code.
    case control(VPCDControlCode)
    /// vpcd sent a 1-byte payload that is no known control code; it was ignored.
    case unknownControlCode(UInt8)
    /// One command APDU and the response sent back.
    case apdu(command: [UInt8], response: [UInt8])
}
