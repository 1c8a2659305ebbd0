import Foundation
import GRDB
import SGP22

/// A read-only view of the card for tools (the CLI, tests): what an operator of a virtual card wants to see
/// without going through ES10.
extension EUICC {
    /// One installed Profile as the card keeps it.
    public struct InstalledProfile: Hashable, Sendable {
        public let isdpAid: [UInt8]
        public let iccid: ICCID
        public let isEnabled: Bool
        public let profileClass: ProfileClass
        public let nickname: String?
        public let serviceProviderName: String
        public let profileName: String
        /// The SM-DP+ that installed it.
        public let smdpAddress: String
        /// Size of the stored profile package in bytes.
        public let packageSize: Int
        public let installedAt: Date
    }

    /// The installed Profiles, in ISD-P order.
    public func installedProfiles() throws -> [InstalledProfile] {
        let records = try database.read("list profiles") { db in
            try ProfileRecord.order(ProfileRecord.Columns.isdpAid).fetchAll(db)
        }
        return try records.map { record in
            let metadata = try record.metadata()
            return InstalledProfile(
                isdpAid: Array(record.isdpAid), iccid: try ICCID(metadata.iccid), isEnabled: record.isEnabled,
                profileClass: metadata.profileClass, nickname: record.nickname,
                serviceProviderName: metadata.serviceProviderName, profileName: metadata.profileName,
                smdpAddress: record.smdpAddress, packageSize: record.profilePackage.count,
                installedAt: record.installedAt)
        }
    }

    /// The profile package (the decrypted profile elements, as received) of the Profile with this ICCID.
    public func storedProfilePackage(iccid: ICCID) throws -> [UInt8]? {
        let wire = Data(iccid.wireValue.bytes)
        return try database.read("read profile package") { db in
            try ProfileRecord.filter(ProfileRecord.Columns.iccid == wire).fetchOne(db).map { Array($0.profilePackage) }
        }
    }

    /// The pending notifications, in sequence-number order.
    public func pendingNotificationMetadata() throws -> [NotificationMetadata] {
        try pendingNotifications(operations: nil).map { try Self.decodePending($0).notificationMetadata }
    }

    /// The sequence number the next notification will get.
    public func nextSequenceNumber() throws -> Int {
        try database.read("read sequence counter") { db in try CardRecord.fetch(db).nextSequenceNumber }
    }

    /// The default SM-DP+ address and the Root SM-DS address.
    public func configuredAddresses() throws -> (defaultDpAddress: String?, rootDsAddress: String) {
        let record = try database.read("read addresses") { db in try CardRecord.fetch(db) }
        return (record.defaultDpAddress, record.rootDsAddress)
    }
}
