import Foundation
import GRDB

/// One pending notification, kept until the LPA reports it delivered (NotificationSent, BF30).
///
/// `pendingNotification` holds the signed PendingNotification (a ProfileInstallationResult BF37 or an
/// OtherSignedNotification) exactly as RetrieveNotificationsList returns it: it is signed once, when the
/// operation happens, and never re-signed.
struct NotificationRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "notification"

    var seqNumber: Int
    /// The single `NotificationEvent` bit of the operation (its raw option-set value).
    var operation: Int
    var address: String
    var iccid: Data?
    var pendingNotification: Data

    enum Columns {
        static let seqNumber = Column("seqNumber")
        static let operation = Column("operation")
    }
}
