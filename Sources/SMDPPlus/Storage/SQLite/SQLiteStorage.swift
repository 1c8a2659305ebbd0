import Foundation
import GRDB
import SGP22

/// The embedded ``SMDPStorage``: one SQLite file, opened as a GRDB `DatabasePool`.
///
/// The pool puts SQLite in write-ahead-log mode: readers never wait for the writer, writes are serialised by
/// SQLite itself, and a transaction is durable once committed (`synchronous = FULL`), so a server killed at any
/// instant restarts at its last committed state, sessions included. The file holds private keys (the sessions'
/// one-time keys) and is created readable by its owner only.
public final class SQLiteStorage: SMDPStorage {
    /// Where the file is.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and brings its schema to the current version.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        // The CLI may write while a server runs; wait for the other writer rather than fail.
        configuration.busyMode = .timeout(10)
        let isNew = !FileManager.default.fileExists(atPath: path)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(pool)
        } catch {
            throw SMDPStorageError.database(operation: "open \(path)", underlying: "\(error)")
        }
        if isNew {
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        self.path = path
    }

    // MARK: Transactions

    /// Runs `body` in one write transaction, translating SQLite's failures.
    func write<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, operation: operation)
        }
    }

    /// Runs `body` on a consistent snapshot.
    func read<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, operation: operation)
        }
    }

    static func translate(_ error: DatabaseError, operation: String) -> SMDPStorageError {
        if error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
            || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY,
            let message = error.message
        {
            if message.contains("downloadOrder.matchingId") {
                return .duplicateMatchingId("(\(operation))")
            }
        }
        return .database(operation: operation, underlying: "\(error)")
    }

    // MARK: Inventory

    public func addProfile(_ profile: InventoryProfile, package: [UInt8]) async throws {
        let inserted = try await write("add profile \(profile.iccid)") { db -> Bool in
            guard
                try Row.fetchOne(db, sql: "SELECT 1 FROM profile WHERE iccid = ?", arguments: [profile.iccid.digits])
                    == nil
            else { return false }
            try db.insert("profile", profile.storedValues)
            try db.insert("profilePackage", ["iccid": profile.iccid.digits, "package": package.storedValue])
            return true
        }
        guard inserted else { throw SMDPStorageError.duplicateProfile(profile.iccid) }
    }

    public func profile(iccid: ICCID) async throws -> InventoryProfile? {
        try await read("read profile \(iccid)") { db in try Self.profile(iccid.digits, in: db) }
    }

    public func profiles() async throws -> [InventoryProfile] {
        try await read("list profiles") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM profile ORDER BY profileType, iccid").map(InventoryProfile.init)
        }
    }

    public func profilePackage(iccid: ICCID) async throws -> [UInt8]? {
        try await read("read the package of \(iccid)") { db in
            let sql = "SELECT package FROM profilePackage WHERE iccid = ?"
            return try Data.fetchOne(db, sql: sql, arguments: [iccid.digits]).map { Array($0) }
        }
    }

    public func profileTypes() async throws -> [String] {
        try await read("list profile types") { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT profileType FROM profile ORDER BY profileType")
        }
    }

    static func profile(_ iccid: String, in db: Database) throws -> InventoryProfile? {
        try Row.fetchOne(db, sql: "SELECT * FROM profile WHERE iccid = ?", arguments: [iccid]).map(
            InventoryProfile.init)
    }

    static func order(id: String, in db: Database) throws -> DownloadOrder? {
        try Row.fetchOne(db, sql: "SELECT * FROM downloadOrder WHERE id = ?", arguments: [id]).map(DownloadOrder.init)
    }

    /// Writes back the records of `updated` that differ from `original`; a working set may change records but not
    /// add or drop them, and a profile may move only along the state machine.
    static func writeBack(_ updated: StorageWorkingSet, over original: StorageWorkingSet, in db: Database) throws {
        if updated.session != original.session {
            guard let session = updated.session, let before = original.session,
                session.transactionId == before.transactionId
            else { throw SMDPStorageError.unsupportedChange("a session was added, removed or renamed") }
            try db.update("rspSession", key: "transactionId", session.storedValues)
        }
        if updated.order != original.order {
            guard let order = updated.order, let before = original.order, order.id == before.id else {
                throw SMDPStorageError.unsupportedChange("an order was added, removed or replaced")
            }
            try db.update("downloadOrder", key: "id", order.storedValues)
        }
        if updated.profile != original.profile {
            guard let profile = updated.profile, let before = original.profile, profile.iccid == before.iccid else {
                throw SMDPStorageError.unsupportedChange("a profile was added, removed or replaced")
            }
            guard before.state.canMove(to: profile.state) else {
                throw SMDPStorageError.invalidTransition(iccid: profile.iccid, from: before.state, to: profile.state)
            }
            try db.update("profile", key: "iccid", profile.storedValues)
        }
    }
}
