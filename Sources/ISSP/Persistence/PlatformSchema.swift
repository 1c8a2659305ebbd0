import GRDB

/// The tables of the platform file, versioned with GRDB migrations.
enum PlatformSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // Exactly one row: the Primary Platform and its SPBL.
            try db.create(table: "platform") { table in
                table.column("id", .integer).primaryKey().check { $0 == 1 }
                table.column("platformId", .text).notNull()
                table.column("partNumber", .text).notNull()
                table.column("firmwareVersion", .blob).notNull()
                table.column("limits", .text).notNull()
                table.column("spblCertificate", .blob).notNull()
                table.column("makerCertificate", .blob).notNull()
                table.column("spblPrivateKey", .blob).notNull()
                // Never reset: a notification sequence number is never reused, not even after deletions.
                table.column("nextSequenceNumber", .integer).notNull()
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "familyCI") { table in
                table.column("keyIdentifier", .blob).primaryKey()
                table.column("familyId", .blob).notNull()
                table.column("custodianOid", .text).notNull()
                table.column("certificate", .blob).notNull()
                table.column("position", .integer).notNull()
            }
            try db.create(table: "bundle") { table in
                table.column("spbId", .blob).primaryKey()
                table.column("bundleClass", .integer).notNull()
                table.column("state", .integer).notNull()
                // SQLite's UNIQUE admits many NULLs: only Active bundles hold a port.
                table.column("port", .integer).unique()
                table.column("metadata", .blob).notNull()
                table.column("content", .blob)
                table.column("spbSize", .integer).notNull()
                table.column("iccid", .blob).unique()
                table.column("transactionId", .blob).notNull()
                table.column("notificationAddress", .text).notNull()
                table.column("sequenceNumbers", .text)
                table.column("profilesInfo", .blob)
                table.column("cardFile", .text)
                table.column("installedAt", .datetime).notNull()
            }
            try db.create(table: "tombstone") { table in
                table.column("spbId", .blob).primaryKey()
                table.column("bundleClass", .integer).notNull()
                table.column("deletedAt", .datetime).notNull()
            }
            try db.create(table: "consumedTransaction") { table in
                table.column("transactionId", .blob).primaryKey()
                table.column("consumedAt", .datetime).notNull()
            }
        }
        return migrator
    }
}
