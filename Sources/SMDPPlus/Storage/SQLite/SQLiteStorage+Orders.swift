import Foundation
import GRDB
import SGP22

extension SQLiteStorage {
    public func placeOrder(
        selecting selection: ProfileSelection,
        _ body: @escaping @Sendable (inout InventoryProfile) throws -> DownloadOrder
    ) async throws -> DownloadOrder {
        try await write("place a download order") { db in
            var profile: InventoryProfile
            switch selection {
            case .iccid(let iccid):
                guard let found = try Self.profile(iccid.digits, in: db) else {
                    throw SMDPStorageError.profileNotFound(iccid)
                }
                profile = found
            case .profileType(let type):
                // Oldest first, so stock is used in the order it was imported.
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT * FROM profile WHERE profileType = ? AND state = ?
                            ORDER BY importedAt, iccid LIMIT 1
                            """,
                        arguments: [type, ProfileState.available.rawValue])
                else { throw SMDPStorageError.noAvailableProfile(profileType: type) }
                profile = try InventoryProfile(row: row)
            }
            let original = profile
            let order = try body(&profile)
            guard order.iccid == original.iccid else {
                throw SMDPStorageError.unsupportedChange("the order names another profile than the one selected")
            }
            try Self.writeBack(
                StorageWorkingSet(profile: profile), over: StorageWorkingSet(profile: original), in: db)
            try db.insert("downloadOrder", order.storedValues)
            return order
        }
    }

    public func order(id: String) async throws -> DownloadOrder? {
        try await read("read order \(id)") { db in try Self.order(id: id, in: db) }
    }

    public func order(matchingId: String) async throws -> DownloadOrder? {
        try await read("read the order of a MatchingID") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM downloadOrder WHERE matchingId = ?", arguments: [matchingId])
                .map(DownloadOrder.init)
        }
    }

    public func latestOrder(iccid: ICCID) async throws -> DownloadOrder? {
        try await read("read the order of \(iccid)") { db in try Self.latestOrder(iccid.digits, in: db) }
    }

    public func updateProfile<Result: Sendable>(
        iccid: ICCID, _ body: @escaping @Sendable (inout StorageWorkingSet) throws -> Result
    ) async throws -> Result {
        try await write("update profile \(iccid)") { db in
            guard let profile = try Self.profile(iccid.digits, in: db) else {
                throw SMDPStorageError.profileNotFound(iccid)
            }
            let original = StorageWorkingSet(order: try Self.latestOrder(iccid.digits, in: db), profile: profile)
            var working = original
            let result = try body(&working)
            try Self.writeBack(working, over: original, in: db)
            return result
        }
    }

    static func latestOrder(_ iccid: String, in db: Database) throws -> DownloadOrder? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM downloadOrder WHERE iccid = ? ORDER BY createdAt DESC, rowid DESC LIMIT 1",
            arguments: [iccid]
        ).map(DownloadOrder.init)
    }
}
