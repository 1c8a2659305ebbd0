import Foundation
import GRDB

/// The SQLite file one card lives in.
///
/// The file is opened as a GRDB `DatabasePool`, which puts SQLite in write-ahead-log mode: a writer appends to
/// the `-wal` file and a transaction becomes part of the database only when its commit record is complete, so a
/// process killed at any instant (kill -9, power cut) leaves the file at the last committed transaction. With
/// `synchronous = FULL` the commit is also on disk before the card answers, as a card's NVM write would be.
/// Everything the card changes in one ES10 or ES8+ step is written in one transaction.
final class CardDatabase: Sendable {
    /// The writer and readers of the file.
    let pool: DatabasePool
    /// Where the file is.
    let path: String

    /// Opens (and creates if needed) the file at `path` and brings its schema to the current version.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        // A card talks to one terminal at a time; a busy writer is a bug, not something to wait for.
        configuration.busyMode = .timeout(5)
        do {
            self.pool = try DatabasePool(path: path, configuration: configuration)
            try CardSchema.migrator.migrate(pool)
        } catch {
            throw EUICCError.storage(operation: "open card file \(path)", underlying: "\(error)")
        }
        self.path = path
    }

    /// Runs `body` in one write transaction; either all of its changes are committed or none. Errors thrown by
    /// `body` roll the transaction back and pass through; SQLite's own become
    /// ``EUICCError/storage(operation:underlying:)``.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw EUICCError.storage(operation: operation, underlying: "\(error)")
        }
    }

    /// Runs `body` on a consistent snapshot of the file.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw EUICCError.storage(operation: operation, underlying: "\(error)")
        }
    }
}
