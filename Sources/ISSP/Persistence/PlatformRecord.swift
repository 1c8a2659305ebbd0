import Foundation
import GRDB

/// The single `platform` row: identity, description, limits, SPBL credentials and the notification counter.
struct PlatformRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "platform"

    var id: Int = 1
    var platformId: String
    /// ``PrimaryPlatformPartNumber`` in its text form.
    var partNumber: String
    /// Three octets, major/minor/revision.
    var firmwareVersion: Data
    /// ``PlatformLimits`` as JSON.
    var limits: String
    var spblCertificate: Data
    var makerCertificate: Data
    /// The raw 32-byte P-256 scalar of SK.SPBL.ECDSA.
    var spblPrivateKey: Data
    var nextSequenceNumber: Int
    var createdAt: Date

    /// The row, which exists once the platform has been created.
    static func fetch(_ db: Database) throws -> PlatformRecord {
        guard let record = try PlatformRecord.fetchOne(db, key: 1) else {
            throw ISSPError.notAPlatform(reason: "the file has no platform row")
        }
        return record
    }

    /// Takes the next notification sequence number and advances the counter, in the caller's transaction.
    static func takeSequenceNumber(_ db: Database) throws -> Int {
        var record = try fetch(db)
        let number = record.nextSequenceNumber
        record.nextSequenceNumber += 1
        try record.update(db)
        return number
    }
}
