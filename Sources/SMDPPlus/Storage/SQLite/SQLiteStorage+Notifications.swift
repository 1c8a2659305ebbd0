import Foundation
import GRDB
import SGP22

extension SQLiteStorage {
    public func recordNotification(_ notification: ReceivedNotification) async throws -> Int64 {
        try await write("record a notification") { db in
            try db.insert("notification", notification.storedValues)
            return db.lastInsertedRowID
        }
    }

    public func notifications(eid: EID?) async throws -> [ReceivedNotification] {
        try await read("list notifications") { db in
            if let eid {
                return try Row.fetchAll(
                    db, sql: "SELECT * FROM notification WHERE eid = ? ORDER BY id", arguments: [eid.digits]
                ).map(ReceivedNotification.init)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM notification ORDER BY id").map(ReceivedNotification.init)
        }
    }
}
