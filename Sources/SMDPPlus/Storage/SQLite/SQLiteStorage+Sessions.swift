import Foundation
import GRDB
import SGP22

extension SQLiteStorage {
    public func createSession(_ session: RSPSession) async throws {
        let created = try await write("create session \(session.transactionId)") { db -> Bool in
            guard
                try Row.fetchOne(
                    db, sql: "SELECT 1 FROM rspSession WHERE transactionId = ?",
                    arguments: [session.transactionId.description]) == nil
            else { return false }
            try db.insert("rspSession", session.storedValues)
            return true
        }
        guard created else { throw SMDPStorageError.duplicateSession(session.transactionId) }
    }

    public func session(_ transactionId: TransactionId) async throws -> RSPSession? {
        try await read("read session \(transactionId)") { db in try Self.session(transactionId, in: db) }
    }

    public func updateSession<Result: Sendable>(
        _ transactionId: TransactionId, order lookup: OrderLookup,
        _ body: @escaping @Sendable (inout StorageWorkingSet) throws -> Result
    ) async throws -> Result {
        try await write("update session \(transactionId)") { db in
            guard let session = try Self.session(transactionId, in: db) else {
                throw SMDPStorageError.sessionNotFound(transactionId)
            }
            let order = try Self.order(for: lookup, session: session, in: db)
            let profile = try order.flatMap { try Self.profile($0.iccid.digits, in: db) }
            let original = StorageWorkingSet(session: session, order: order, profile: profile)
            var working = original
            let result = try body(&working)
            try Self.writeBack(working, over: original, in: db)
            return result
        }
    }

    public func purgeSessions(before date: Date) async throws -> Int {
        try await write("purge sessions") { db in
            try db.execute(
                sql: "DELETE FROM rspSession WHERE expiresAt < ? AND stage IN (?, ?, ?, ?)",
                arguments: [
                    date.storedValue, SessionStage.initiated.rawValue, SessionStage.authenticated.rawValue,
                    SessionStage.completed.rawValue, SessionStage.cancelled.rawValue,
                ])
            return db.changesCount
        }
    }

    static func session(_ transactionId: TransactionId, in db: Database) throws -> RSPSession? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM rspSession WHERE transactionId = ?", arguments: [transactionId.description]
        ).map(RSPSession.init)
    }

    static func order(for lookup: OrderLookup, session: RSPSession, in db: Database) throws -> DownloadOrder? {
        switch lookup {
        case .none:
            return nil
        case .sessionOrder:
            return try session.orderId.flatMap { try order(id: $0, in: db) }
        case .matchingId(let matchingId):
            return try Row.fetchOne(
                db, sql: "SELECT * FROM downloadOrder WHERE matchingId = ?", arguments: [matchingId]
            ).map(DownloadOrder.init)
        case .pendingForEID(let eid):
            return try Row.fetchOne(
                db,
                sql: """
                    SELECT o.* FROM downloadOrder o JOIN profile p ON p.iccid = o.iccid
                    WHERE o.eid = ? AND o.status = ?
                      AND (p.state = ? OR (p.state = ? AND o.bindingPackage IS NOT NULL))
                    ORDER BY o.createdAt, o.rowid LIMIT 1
                    """,
                arguments: [
                    eid.digits, OrderStatus.open.rawValue, ProfileState.released.rawValue,
                    ProfileState.downloaded.rawValue,
                ]
            ).map(DownloadOrder.init)
        }
    }
}
