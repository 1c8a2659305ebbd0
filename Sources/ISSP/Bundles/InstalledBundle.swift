import Foundation
import SPB

/// An installed Telecom Bundle as the platform reports it.
public struct InstalledBundle: Hashable, Sendable, CustomStringConvertible {
    /// The metadata, with ``SpbMetadata/spbState`` the bundle's current state.
    public let metadata: SpbMetadata
    /// The modem port of an Active bundle.
    public let port: Int?
    /// When the bundle was installed.
    public let installedAt: Date

    /// The bundle's identifier.
    public var spbId: SpbId { metadata.spbId }
    /// Its Telecom Bundle Class.
    public var bundleClass: TelecomBundleClass { metadata.telecomBundleClass }
    /// Its state.
    public var state: SpbState { metadata.spbState }

    public var description: String {
        let where_ = port.map { " on port \($0)" } ?? ""
        return "\(bundleClass) bundle \(spbId) \"\(metadata.spbName)\": \(state)\(where_)"
    }
}
