import Foundation
import SGP22

/// One profile the SM-DP+ holds: its identity, the metadata shown to the end user, and its state.
///
/// The profile package itself (the SAIP bytes) is stored beside the record and read only when a Bound Profile
/// Package is built (``SMDPStorage/profilePackage(iccid:)``).
public struct InventoryProfile: Hashable, Sendable {
    /// The profile's ICCID, read from the package's ProfileHeader; the inventory key.
    public var iccid: ICCID
    /// The profile type named in ES2+ DownloadOrder (by default the package file's name without extension).
    public var profileType: String
    /// Where the profile stands.
    public var state: ProfileState
    /// StoreMetadata `serviceProviderName` (at most 32 characters).
    public var serviceProviderName: String
    /// StoreMetadata `profileName` (at most 64 characters).
    public var profileName: String
    /// StoreMetadata `profileClass`.
    public var profileClass: ProfileClass
    /// Size of the profile package in bytes.
    public var packageSize: Int
    /// When the profile entered the inventory.
    public var importedAt: Date
    /// When the state last changed.
    public var updatedAt: Date

    /// Builds a record.
    public init(
        iccid: ICCID, profileType: String, state: ProfileState = .available, serviceProviderName: String,
        profileName: String, profileClass: ProfileClass = .operational, packageSize: Int, importedAt: Date,
        updatedAt: Date? = nil
    ) {
        self.iccid = iccid
        self.profileType = profileType
        self.state = state
        self.serviceProviderName = serviceProviderName
        self.profileName = profileName
        self.profileClass = profileClass
        self.packageSize = packageSize
        self.importedAt = importedAt
        self.updatedAt = updatedAt ?? importedAt
    }

    /// The Profile Metadata the SM-DP+ announces in AuthenticateClient and stores with StoreMetadata.
    ///
    /// With a `notificationAddress`, the metadata asks the eUICC to report enabling, disabling and deleting the
    /// profile there (SGP.22 `notificationConfigurationInfo`); the installation is always reported to the SM-DP+
    /// that installed it.
    public func storeMetadataRequest(notificationAddress: String? = nil) -> StoreMetadataRequest {
        StoreMetadataRequest(
            iccid: iccid.wireValue, serviceProviderName: serviceProviderName, profileName: profileName,
            profileClass: profileClass,
            notificationConfigurationInfo: notificationAddress.map { address in
                [
                    NotificationConfigurationInformation(
                        profileManagementOperation: [.notificationEnable, .notificationDisable, .notificationDelete],
                        notificationAddress: address)
                ]
            })
    }
}
