import GRDB

/// The tables of a card file. Versioned with GRDB migrations so that later issues (MEP ports, CRLs) can add
/// columns without losing existing cards.
enum CardSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // Exactly one row: the eUICC itself (ECASD identity, ISD-R settings, counters).
            try db.create(table: "card") { table in
                table.column("id", .integer).primaryKey().check { $0 == 1 }
                table.column("eid", .blob).notNull()
                table.column("euiccCertificate", .blob).notNull()
                table.column("euiccPrivateKey", .blob).notNull()
                table.column("eumCertificate", .blob).notNull()
                table.column("defaultDpAddress", .text)
                table.column("rootDsAddress", .text).notNull()
                // Never reset, not even by eUICCMemoryReset: a sequence number is never reused.
                table.column("nextSequenceNumber", .integer).notNull()
                table.column("configuration", .text).notNull()
                table.column("rat", .blob).notNull()
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "trustedIssuer") { table in
                table.column("subjectKeyIdentifier", .blob).primaryKey()
                table.column("certificate", .blob).notNull()
            }
            try db.create(table: "profile") { table in
                table.column("isdpAid", .blob).primaryKey()
                table.column("iccid", .blob).notNull().unique()
                table.column("state", .integer).notNull()
                table.column("profileClass", .integer).notNull()
                table.column("nickname", .text)
                table.column("storeMetadata", .blob).notNull()
                table.column("dpProprietaryData", .blob)
                table.column("smdpAddress", .text).notNull()
                table.column("smdpOid", .text).notNull()
                table.column("profilePackage", .blob).notNull()
                table.column("installedAt", .datetime).notNull()
            }
            try db.create(table: "notification") { table in
                table.column("seqNumber", .integer).primaryKey()
                table.column("operation", .integer).notNull()
                table.column("address", .text).notNull()
                table.column("iccid", .blob)
                table.column("pendingNotification", .blob).notNull()
            }
        }
        return migrator
    }
}
