import Foundation
import GRDB

/// The SQLite file the Primary Platform keeps its state in: its identity and SPBL credentials, the trusted
/// SPB family CIs, the installed bundles with their states and ports, tombstones of deleted bundles, the
/// transactions already consumed and the notification counter.
///
/// Opened as a GRDB `DatabasePool` (write-ahead log) with `synchronous = FULL`: a transaction is on disk
/// when it commits, and a process killed at any instant leaves the file at the last committed transaction.
final class PlatformDatabase: Sendable {
    /// The writer and readers of the file.
    let pool: DatabasePool
    /// Where the file is.
    let path: String

    /// Opens (creating if needed) the file at `path` and migrates it to the current schema.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(5)
        do {
            self.pool = try DatabasePool(path: path, configuration: configuration)
            try PlatformSchema.migrator.migrate(pool)
        } catch {
            throw ISSPError.storage(operation: "open platform file \(path)", underlying: "\(error)")
        }
        self.path = path
    }

    /// Runs `body` in one write transaction: all of its changes are committed, or none.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw ISSPError.storage(operation: operation, underlying: "\(error)")
        }
    }

    /// Runs `body` on a consistent snapshot.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw ISSPError.storage(operation: operation, underlying: "\(error)")
        }
    }
}
