import Foundation
import GRDB

/// The single `card` row: the eUICC identity the ECASD holds, the ISD-R's configured addresses, the
/// notification sequence counter, the configuration and the Rules Authorisation Table.
struct CardRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "card"

    var id: Int = 1
    var eid: Data
    var euiccCertificate: Data
    /// The raw 32-byte P-256 private scalar of SK.EUICC.ECDSA.
    var euiccPrivateKey: Data
    var eumCertificate: Data
    var defaultDpAddress: String?
    var rootDsAddress: String
    var nextSequenceNumber: Int
    /// ``EUICCConfiguration`` as JSON.
    var configuration: String
    /// DER of the RulesAuthorisationTable.
    var rat: Data
    var createdAt: Date

    /// The row, which exists once the card has been created.
    static func fetch(_ db: Database) throws -> CardRecord {
        guard let record = try CardRecord.fetchOne(db, key: 1) else {
            throw EUICCError.notACard(reason: "the file has no card row")
        }
        return record
    }

    /// Takes the next notification sequence number and advances the counter, inside the caller's transaction.
    static func takeSequenceNumber(_ db: Database) throws -> Int {
        var record = try fetch(db)
        let number = record.nextSequenceNumber
        record.nextSequenceNumber += 1
        try record.update(db)
        return number
    }
}
