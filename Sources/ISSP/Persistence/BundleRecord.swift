import Foundation
import GRDB

/// One installed Telecom Bundle: its class, state and port, its metadata as installed and its data.
///
/// A Standalone or M2M bundle's data is `content`, the decrypted SpbImageContent; an RSP bundle's data is
/// its eUICC card file (`cardFile`, relative to the platform directory), with `profilesInfo` the cached
/// GetProfilesInfo answer of its ISD-R so the LBA can list its Profiles while it is Disabled.
struct BundleRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "bundle"

    var spbId: Data
    /// `TelecomBundleClass` code.
    var bundleClass: Int
    /// `SpbState` code: 0 disabled, 1 enabled, 2 active (deleted bundles have no row).
    var state: Int
    /// The modem port of an Active bundle.
    var port: Int?
    /// DER of the SpbMetadata from the image header (its state field is rewritten when reported).
    var metadata: Data
    /// DER of the decrypted SpbImageContent (Standalone and M2M).
    var content: Data?
    var spbSize: Int
    /// Standalone: the ICCID (BCD as on the wire), unique on the platform.
    var iccid: Data?
    var transactionId: Data
    /// Where the bundle's notifications go: the metadata's spbmAddress, else the SPB Manager that installed it.
    var notificationAddress: String
    /// Standalone: the USIM's ``SequenceNumberArray`` as JSON.
    var sequenceNumbers: String?
    /// RSP: DER of the ISD-R's ProfileInfoListResponse to a GetProfilesInfo without search criteria.
    var profilesInfo: Data?
    /// RSP: the card file's name inside the platform's card directory.
    var cardFile: String?
    var installedAt: Date

    enum Columns {
        static let spbId = Column("spbId")
        static let state = Column("state")
        static let port = Column("port")
        static let iccid = Column("iccid")
        static let installedAt = Column("installedAt")
    }
}
