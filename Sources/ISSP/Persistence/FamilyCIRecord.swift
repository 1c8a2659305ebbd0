import Foundation
import GRDB
import SPB
import SSPPKI
import SwiftASN1

/// One SPB family CI the SPBL trusts, keyed by its subject key identifier.
struct FamilyCIRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "familyCI"

    var keyIdentifier: Data
    var familyId: Data
    /// The custodian OID, dotted.
    var custodianOid: String
    var certificate: Data
    /// Preference order within the family (lowest first).
    var position: Int
}

extension FamilyCIRecord {
    /// Writes the families' CIs, in preference order, inside the caller's transaction.
    static func store(_ families: [SpbFamilyTrust], in db: Database) throws {
        var position = 0
        for family in families {
            for issuer in family.certificateIssuers {
                guard let keyIdentifier = issuer.subjectKeyIdentifier else { continue }
                try FamilyCIRecord(
                    keyIdentifier: Data(keyIdentifier), familyId: Data(family.familyId.familyId),
                    custodianOid: family.familyId.custodianDotted, certificate: Data(issuer.derBytes),
                    position: position
                ).save(db)
                position += 1
            }
        }
    }

    /// The families, rebuilt from rows in preference order.
    static func families(from records: [FamilyCIRecord]) throws -> [SpbFamilyTrust] {
        var order: [SpbFamilyId] = []
        var issuers: [SpbFamilyId: [PKICertificate]] = [:]
        for record in records {
            let family = try SpbFamilyId(
                familyId: Array(record.familyId),
                custodianOid: try ASN1ObjectIdentifier(dotRepresentation: record.custodianOid))
            if issuers[family] == nil { order.append(family) }
            issuers[family, default: []].append(try PKICertificate(derEncoded: record.certificate))
        }
        return try order.map { try SpbFamilyTrust(familyId: $0, certificateIssuers: issuers[$0] ?? []) }
    }
}
