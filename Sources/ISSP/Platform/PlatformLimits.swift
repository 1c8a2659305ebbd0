/// What the Primary Platform can hold and run at once.
public struct PlatformLimits: Hashable, Sendable, Codable {
    /// Non-volatile memory for Secondary Platform Bundles, in bytes; an image that does not fit in what the
    /// installed bundles leave free is refused.
    public var bundleMemory: Int
    /// How many Telecom Bundles may be Active at the same time (each on its own modem port).
    public var maximumActiveBundles: Int
    /// How many modem ports the platform exposes to the baseband, numbered from 1; at least
    /// ``maximumActiveBundles``.
    public var modemPorts: Int

    /// A dual-SIM-dual-standby platform: 4 MiB of bundle memory, 2 active bundles on 2 modem ports.
    public init(bundleMemory: Int = 4 << 20, maximumActiveBundles: Int = 2, modemPorts: Int = 2) {
        self.bundleMemory = bundleMemory
        self.maximumActiveBundles = maximumActiveBundles
        self.modemPorts = modemPorts
    }

    /// Checks the figures before a platform is created with them.
    public func validate() throws(PlatformDescriptionError) {
        guard bundleMemory > 0 else { throw .invalidLimits(reason: "bundle memory must be positive") }
        guard maximumActiveBundles >= 1 else {
            throw .invalidLimits(reason: "at least one bundle must be allowed to be Active")
        }
        guard modemPorts >= maximumActiveBundles else {
            throw .invalidLimits(
                reason: "\(modemPorts) modem port(s) cannot carry \(maximumActiveBundles) Active bundles")
        }
        guard modemPorts <= 16 else { throw .invalidLimits(reason: "at most 16 modem ports are supported") }
    }
}
