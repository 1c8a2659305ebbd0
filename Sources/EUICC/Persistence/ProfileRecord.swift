import Foundation
import GRDB

/// One installed Profile as the card file keeps it: the ISD-P, its state and the whole profile package.
///
/// `storeMetadata` is the StoreMetadataRequest (BF25) exactly as the SM-DP+ sent it, so that GetProfilesInfo
/// reports the metadata byte for byte; `state` and `profileClass` are copied out of it into columns because
/// the card searches on them.
struct ProfileRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "profile"

    var isdpAid: Data
    var iccid: Data
    /// `ProfileState` code: 0 disabled, 1 enabled.
    var state: Int
    /// `ProfileClass` code: 0 test, 1 provisioning, 2 operational.
    var profileClass: Int
    var nickname: String?
    var storeMetadata: Data
    /// DpProprietaryData from ConfigureISDP (DER, tag 30), when the SM-DP+ sent one.
    var dpProprietaryData: Data?
    /// The SM-DP+ that installed the Profile (serverAddress of the download session).
    var smdpAddress: String
    /// The SM-DP+ OID of its certificates, dotted.
    var smdpOid: String
    /// The decrypted profile package (the concatenated profile elements), as received.
    var profilePackage: Data
    var installedAt: Date

    static let enabledState = 1
    static let disabledState = 0

    var isEnabled: Bool { state == Self.enabledState }

    enum Columns {
        static let isdpAid = Column("isdpAid")
        static let iccid = Column("iccid")
        static let state = Column("state")
        static let profileClass = Column("profileClass")
    }
}
