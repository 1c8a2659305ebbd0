import Foundation
import GRDB
import SGP22
import SMDPPlus
import Testing

/// The SQLite storage on its own: records, transactions, races, restarts and damaged rows.
@Suite("SQLite storage")
struct SQLiteStorageTests {
    /// Whole seconds, which survive the storage's seconds-since-1970 exactly.
    static func profile(
        _ body: String, type: String = "T", at date: Date = Date(timeIntervalSince1970: 1_700_000_000)
    ) throws -> InventoryProfile {
        InventoryProfile(
            iccid: try ICCID.make(body: body), profileType: type, serviceProviderName: "Lab", profileName: "P",
            packageSize: 3, importedAt: date)
    }

    static func order(for profile: InventoryProfile, now: Date = Date()) -> DownloadOrder {
        DownloadOrder(
            id: UUID().uuidString, iccid: profile.iccid, profileType: profile.profileType, requester: "OP",
            confirmationAttemptsLeft: 3, downloadAttemptsLeft: 5, createdAt: now,
            expiresAt: now.addingTimeInterval(3600))
    }

    func storage() throws -> (SQLiteStorage, String) {
        let path = try TestData.temporaryDirectory().appendingPathComponent("smdp.sqlite").path
        return (try SQLiteStorage(path: path), path)
    }

    @Test("profiles are added once, listed, and keep their package byte for byte")
    func inventory() async throws {
        let (storage, path) = try storage()
        let one = try Self.profile("894944000000000001")
        try await storage.addProfile(one, package: [1, 2, 3])
        await #expect(throws: SMDPStorageError.duplicateProfile(one.iccid)) {
            try await storage.addProfile(one, package: [9])
        }
        try await storage.addProfile(try Self.profile("894944000000000002", type: "U"), package: [4, 5, 6])
        #expect(try await storage.profiles().map(\.profileType) == ["T", "U"])
        #expect(try await storage.profileTypes() == ["T", "U"])
        #expect(try await storage.profilePackage(iccid: one.iccid) == [1, 2, 3])
        #expect(try await storage.profile(iccid: one.iccid) == one)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("concurrent orders for one type never get the same profile, and stop at the stock")
    func concurrentOrders() async throws {
        let (storage, _) = try storage()
        for index in 1...5 {
            try await storage.addProfile(try Self.profile("89494400000000001\(index)"), package: [UInt8(index)])
        }
        let results = await withTaskGroup(of: ICCID?.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try? await storage.placeOrder(selecting: .profileType("T")) { profile in
                        profile.state = .allocated
                        return Self.order(for: profile)
                    }.iccid
                }
            }
            var iccids: [ICCID?] = []
            for await result in group { iccids.append(result) }
            return iccids
        }
        let granted = results.compactMap { $0 }
        #expect(granted.count == 5)
        #expect(Set(granted).count == 5)
        await #expect(throws: SMDPStorageError.noAvailableProfile(profileType: "T")) {
            try await storage.placeOrder(selecting: .profileType("T")) { Self.order(for: $0) }
        }
    }

    @Test("a failing closure or a forbidden state change leaves nothing behind")
    func rollback() async throws {
        let (storage, _) = try storage()
        let profile = try Self.profile("894944000000000001")
        try await storage.addProfile(profile, package: [1])
        await #expect(throws: RSPFunctionFailure.self) {
            try await storage.placeOrder(selecting: .iccid(profile.iccid)) { profile in
                profile.state = .allocated
                throw RSPFunctionFailure(.iccidAlreadyInUse)
            }
        }
        #expect(try await storage.profile(iccid: profile.iccid)?.state == .available)
        await #expect(
            throws: SMDPStorageError.invalidTransition(iccid: profile.iccid, from: .available, to: .installed)
        ) {
            try await storage.placeOrder(selecting: .iccid(profile.iccid)) { profile in
                profile.state = .installed
                return Self.order(for: profile)
            }
        }
        #expect(try await storage.latestOrder(iccid: profile.iccid) == nil)
        await #expect(throws: SMDPStorageError.profileNotFound(try ICCID.make(body: "894944000000000009"))) {
            try await storage.updateProfile(iccid: try ICCID.make(body: "894944000000000009")) { _ in }
        }
    }

    @Test("sessions survive a reopened file and find their orders; MatchingIDs stay unique")
    func sessionsAndOrders() async throws {
        let (storage, path) = try storage()
        let profile = try Self.profile("894944000000000001")
        try await storage.addProfile(profile, package: [1])
        let eid = try EID.make(prefix30: "890490320000000000000000000001")
        let order = try await storage.placeOrder(selecting: .iccid(profile.iccid)) { profile in
            profile.state = .linked
            var order = Self.order(for: profile)
            order.eid = eid
            return order
        }
        try await storage.updateProfile(iccid: profile.iccid) { working in
            working.order?.matchingId = "MATCH-1"
            working.profile?.state = .released
        }
        let now = Date()
        var session = RSPSession(
            transactionId: try TransactionId(bytes: [0xAB, 0xCD]), euiccChallenge: Array(repeating: 1, count: 16),
            serverChallenge: Array(repeating: 2, count: 16), ciKeyIdentifier: [3], createdAt: now,
            expiresAt: now.addingTimeInterval(60))
        try await storage.createSession(session)
        await #expect(throws: SMDPStorageError.duplicateSession(session.transactionId)) {
            try await storage.createSession(session)
        }
        let found = try await storage.updateSession(session.transactionId, order: .pendingForEID(eid)) { working in
            working.session?.stage = .authenticated
            working.session?.orderId = working.order?.id
            working.session?.smdpOneTimePrivateKey = [7, 7]
            return working.order?.id
        }
        #expect(found == order.id)

        let reopened = try SQLiteStorage(path: path)
        session = try #require(try await reopened.session(session.transactionId))
        #expect(session.stage == .authenticated)
        #expect(session.orderId == order.id)
        #expect(session.smdpOneTimePrivateKey == [7, 7])
        let viaSession = try await reopened.updateSession(session.transactionId, order: .sessionOrder) { $0.order }
        #expect(viaSession?.matchingId == "MATCH-1")
        #expect(try await reopened.order(matchingId: "MATCH-1")?.eid == eid)

        let second = try Self.profile("894944000000000002")
        try await reopened.addProfile(second, package: [2])
        _ = try await reopened.placeOrder(selecting: .iccid(second.iccid)) { Self.order(for: $0) }
        await #expect(throws: SMDPStorageError.self) {
            try await reopened.updateProfile(iccid: second.iccid) { $0.order?.matchingId = "MATCH-1" }
        }
        await #expect(throws: SMDPStorageError.unsupportedChange("a session was added, removed or renamed")) {
            try await reopened.updateSession(session.transactionId, order: .none) { $0.session = nil }
        }
    }

    @Test("notifications are kept in order; old sessions are purged, bound ones kept")
    func notificationsAndPurge() async throws {
        let (storage, _) = try storage()
        let eid = try EID.make(prefix30: "890490320000000000000000000001")
        for number in 1...3 {
            _ = try await storage.recordNotification(
                ReceivedNotification(
                    receivedAt: Date(), kind: .otherSignedNotification, eid: number == 2 ? nil : eid, iccid: nil,
                    transactionId: nil, sequenceNumber: number, operation: 2, notificationAddress: "a.example",
                    success: nil, pendingNotification: [UInt8(number)]))
        }
        #expect(try await storage.notifications(eid: eid).map(\.sequenceNumber) == [1, 3])
        #expect(try await storage.notifications(eid: nil).count == 3)

        let old = Date().addingTimeInterval(-7200)
        for (index, stage) in [SessionStage.initiated, .packageBound, .completed].enumerated() {
            var session = RSPSession(
                transactionId: try TransactionId(bytes: [UInt8(index + 1)]), euiccChallenge: [1], serverChallenge: [2],
                ciKeyIdentifier: [3], createdAt: old, expiresAt: old.addingTimeInterval(60))
            session.stage = stage
            try await storage.createSession(session)
        }
        #expect(try await storage.purgeSessions(before: Date()) == 2)
        #expect(try await storage.session(try TransactionId(bytes: [2])) != nil)
    }

    @Test("damaged rows and files are reported, not trusted")
    func damagedData() async throws {
        let (storage, path) = try storage()
        try await storage.addProfile(try Self.profile("894944000000000001"), package: [1])
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "UPDATE profile SET state = 'stolen'")
        }
        await #expect(throws: SMDPStorageError.self) { try await storage.profiles() }
        try await queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE profile SET state = 'available', iccid = 'not digits'")
        }
        await #expect(throws: SMDPStorageError.self) { try await storage.profiles() }

        let notADatabase = try TestData.temporaryDirectory().appendingPathComponent("junk.sqlite")
        try Data(repeating: 0x5A, count: 4096).write(to: notADatabase)
        #expect(throws: SMDPStorageError.self) { try SQLiteStorage(path: notADatabase.path) }
    }
}
