/// Why the vpcd bridge could not connect or lost its connection.
public enum VPCDError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The host name did not resolve.
    case resolutionFailed(host: String, reason: String)
    /// No connection could be made to vpcd.
    case connectFailed(host: String, port: UInt16, reason: String)
    /// vpcd closed the connection in the middle of a frame.
    case connectionClosedMidFrame
    /// A socket call failed.
    case socketFailed(operation: String, reason: String)
    /// A response was too long for one frame.
    case frameTooLong(length: Int)
    /// `run()` was called while the bridge was already running.
    case alreadyRunning

    public var description: String {
        switch self {
        case .resolutionFailed(let host, let reason):
            return "cannot resolve vpcd host \(host): \(reason)"
        case .connectFailed(let host, let port, let reason):
            return "cannot connect to vpcd at \(host):\(port): \(reason)"
        case .connectionClosedMidFrame:
            return "vpcd closed the connection in the middle of a frame"
        case .socketFailed(let operation, let reason):
            return "vpcd socket \(operation) failed: \(reason)"
        case .frameTooLong(let length):
            return "a \(length)-byte payload does not fit one vpcd frame (65535 bytes at most)"
        case .alreadyRunning:
            return "the vpcd bridge is already running"
        }
    }
}
