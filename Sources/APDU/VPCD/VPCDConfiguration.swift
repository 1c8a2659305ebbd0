/// Where the vpcd bridge connects and how it behaves when the connection fails.
public struct VPCDConfiguration: Hashable, Sendable {
    /// vpcd's default TCP port for virtual cards.
    public static let defaultPort: UInt16 = 35963

    /// The host vpcd runs on.
    public var host: String
    /// The TCP port vpcd listens on.
    public var port: UInt16
    /// Retry policy; `nil` to stop (and let `VPCDConnection.run` return or throw) when vpcd is not there.
    public var reconnect: VPCDReconnectPolicy?

    /// A configuration; by default vpcd on this machine, retrying with the standard backoff.
    public init(
        host: String = "127.0.0.1", port: UInt16 = VPCDConfiguration.defaultPort,
        reconnect: VPCDReconnectPolicy? = .standard
    ) {
        self.host = host
        self.port = port
        self.reconnect = reconnect
    }
}
