import APDU
import SPB

/// A card application of an RSP bundle's eUICC (its ISD-R or ECASD) that runs only while the bundle runs.
///
/// A Disabled bundle is not executed by the Primary Platform, so its applications are not available:
/// SELECT answers `6985` (conditions of use not satisfied) and so does any command on a channel where the
/// application was selected before the bundle was disabled. A deleted bundle's applications answer `6A82`
/// (not found). Nothing of the bundle changes while it is Disabled; its metadata, including the cached
/// list of its Profiles, stays readable through the SPBL (RSPBX1).
///
/// After each command that may change the Profiles (a download's last segment, enable, disable, delete,
/// nickname, memory reset) the platform refreshes that cached list.
struct BundleGatedApplication: CardApplication {
    /// The eUICC's own application.
    let inner: any CardApplication
    /// The bundle it belongs to.
    let spbId: SpbId
    /// The platform, which knows the bundle's state.
    let platform: ISSPPlatform

    var aid: [UInt8] { inner.aid }

    /// ES10 tags after which the list of Profiles may have changed.
    static let profileChangingTags: Set<[UInt8]> = [
        [0xBF, 0x31], [0xBF, 0x32], [0xBF, 0x33], [0xBF, 0x29], [0xBF, 0x34],
    ]

    func select() async throws -> FileControlInformation {
        try await platform.admitCardAccess(spbId)
        return try await inner.select()
    }

    func handleStoreData(_ command: [UInt8]) async throws -> [UInt8] {
        try await platform.admitCardAccess(spbId)
        let response = try await inner.handleStoreData(command)
        // The last segment of a Bound Profile Package answers ProfileInstallationResult (BF37).
        if Self.profileChangingTags.contains(Array(command.prefix(2))) || response.starts(with: [0xBF, 0x37]) {
            try await platform.refreshProfilesCache(spbId)
        }
        return response
    }

    func handle(_ command: CommandAPDU, channel: Int) async throws -> ResponseAPDU? {
        try await platform.admitCardAccess(spbId)
        return try await inner.handle(command, channel: channel)
    }
}
