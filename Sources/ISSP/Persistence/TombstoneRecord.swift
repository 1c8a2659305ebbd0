import Foundation
import GRDB

/// What is left of a deleted bundle: its identifier and class, so that a late request naming it is
/// answered "deleted" rather than "never existed" and its identifier is never reused. Nothing else.
struct TombstoneRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "tombstone"

    var spbId: Data
    var bundleClass: Int
    var deletedAt: Date
}
