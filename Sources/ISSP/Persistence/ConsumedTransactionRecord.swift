import Foundation
import GRDB

/// A transaction whose bound image was loaded (successfully or not): the SPBL never accepts it again.
struct ConsumedTransactionRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "consumedTransaction"

    var transactionId: Data
    var consumedAt: Date
}
