import GRDB

/// The tables of an SM-DP+ database, versioned with GRDB migrations.
///
/// Dates are stored as seconds since 1970 (REAL) and identifiers as text (ICCID and EID digits, the
/// transactionId in upper-case hex), so the same columns map one to one onto PostgreSQL.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "profile") { table in
                table.column("iccid", .text).primaryKey()
                table.column("profileType", .text).notNull().indexed()
                table.column("state", .text).notNull().indexed()
                table.column("serviceProviderName", .text).notNull()
                table.column("profileName", .text).notNull()
                table.column("profileClass", .integer).notNull()
                table.column("packageSize", .integer).notNull()
                table.column("importedAt", .double).notNull()
                table.column("updatedAt", .double).notNull()
            }
            // Apart from the record, so listing the inventory never reads the packages.
            try db.create(table: "profilePackage") { table in
                table.column("iccid", .text).primaryKey().references("profile", onDelete: .cascade)
                table.column("package", .blob).notNull()
            }
            try db.create(table: "downloadOrder") { table in
                table.column("id", .text).primaryKey()
                table.column("iccid", .text).notNull().indexed().references("profile")
                table.column("profileType", .text).notNull()
                table.column("requester", .text).notNull()
                table.column("eid", .text).indexed()
                // Unique over all orders ever placed: a MatchingID is never handed out twice.
                table.column("matchingId", .text).unique()
                table.column("confirmationCodeHash", .blob)
                table.column("confirmationAttemptsLeft", .integer).notNull()
                table.column("downloadAttemptsLeft", .integer).notNull()
                table.column("smdsAddress", .text)
                table.column("status", .text).notNull().indexed()
                table.column("createdAt", .double).notNull()
                table.column("expiresAt", .double).notNull()
                table.column("bindingEuiccOtpk", .blob)
                table.column("bindingPrivateKey", .blob)
                table.column("bindingPackage", .blob)
            }
            try db.create(table: "rspSession") { table in
                table.column("transactionId", .text).primaryKey()
                table.column("stage", .text).notNull()
                table.column("euiccChallenge", .blob).notNull()
                table.column("serverChallenge", .blob).notNull()
                table.column("ciKeyIdentifier", .blob).notNull()
                table.column("createdAt", .double).notNull()
                table.column("expiresAt", .double).notNull().indexed()
                table.column("eid", .text)
                table.column("euiccCertificate", .blob)
                table.column("orderId", .text).indexed()
                table.column("confirmationCodeRequired", .boolean).notNull()
                table.column("smdpSignature2", .blob)
                table.column("bppEuiccOtpk", .blob)
                table.column("euiccOtpk", .blob)
                table.column("smdpOneTimePrivateKey", .blob)
                table.column("boundProfilePackage", .blob)
                table.column("endReason", .text)
            }
            try db.create(table: "notification") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("receivedAt", .double).notNull()
                table.column("kind", .text).notNull()
                table.column("eid", .text).indexed()
                table.column("iccid", .text)
                table.column("transactionId", .text)
                table.column("sequenceNumber", .integer).notNull()
                table.column("operation", .integer).notNull()
                table.column("notificationAddress", .text).notNull()
                table.column("success", .boolean)
                table.column("pendingNotification", .blob).notNull()
            }
        }
        return migrator
    }
}
