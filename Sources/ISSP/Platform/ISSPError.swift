import SPB

/// Errors of the iSSP's own API: creating and opening a platform, and managing its bundles.
///
/// Refusals on Si3 reach the LBA as `SpblErrorReason` codes, not as Swift errors; a refused installation is
/// reported with its code directly (``ISSPPlatform/InstallationRefusal``).
public enum ISSPError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Reading or writing the platform's files failed.
    case storage(operation: String, underlying: String)
    /// The directory holds no platform, or a damaged one.
    case notAPlatform(reason: String)
    /// A platform already exists where a new one was to be created.
    case platformAlreadyExists(path: String)
    /// The platform's description or SPBL credentials are unusable.
    case invalidConfiguration(reason: String)
    /// No bundle with this identifier is installed.
    case bundleNotFound(SpbId)
    /// The bundle was deleted; only its tombstone is left.
    case bundleDeleted(SpbId)
    /// The operation needs another Telecom Bundle Class.
    case wrongBundleClass(SpbId, expected: TelecomBundleClass, found: TelecomBundleClass)
    /// The operation needs an Active bundle.
    case bundleNotActive(SpbId, state: SpbState)
    /// A bundle's stored data cannot be read back.
    case corruptBundle(SpbId, reason: String)

    public var description: String {
        switch self {
        case .storage(let operation, let underlying):
            return "platform storage: \(operation) failed: \(underlying)"
        case .notAPlatform(let reason):
            return "not a platform: \(reason)"
        case .platformAlreadyExists(let path):
            return "a platform already exists at \(path)"
        case .invalidConfiguration(let reason):
            return "invalid platform configuration: \(reason)"
        case .bundleNotFound(let spbId):
            return "no bundle \(spbId) is installed"
        case .bundleDeleted(let spbId):
            return "bundle \(spbId) was deleted"
        case .wrongBundleClass(let spbId, let expected, let found):
            return "bundle \(spbId) is a \(found) Telecom Bundle, not a \(expected) one"
        case .bundleNotActive(let spbId, let state):
            return "bundle \(spbId) is \(state), not Active"
        case .corruptBundle(let spbId, let reason):
            return "the stored data of bundle \(spbId) is damaged: \(reason)"
        }
    }
}
