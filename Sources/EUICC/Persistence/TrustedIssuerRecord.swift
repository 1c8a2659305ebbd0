import Foundation
import GRDB

/// A Certificate Issuer the card trusts for verifying RSP server certificates (its CI public key, kept as the
/// whole CI certificate), keyed by the subject key identifier SGP.22 calls the CI PKId.
struct TrustedIssuerRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "trustedIssuer"

    var subjectKeyIdentifier: Data
    var certificate: Data
}
