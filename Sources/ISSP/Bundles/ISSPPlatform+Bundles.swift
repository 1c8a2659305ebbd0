import Foundation
import GRDB
import SGP22
import SPB
import SSPCrypto

/// Listing bundles and moving them through the state machine, each step in one transaction with a signed
/// notification.
extension ISSPPlatform {
    /// The installed bundles, optionally of one class, in installation order.
    public func bundles(of bundleClass: TelecomBundleClass? = nil) throws -> [InstalledBundle] {
        let records = try database.read("list bundles") { db in
            try BundleRecord.order(BundleRecord.Columns.installedAt, BundleRecord.Columns.spbId).fetchAll(db)
        }
        return try records.map(installedBundle).filter { bundleClass == nil || $0.bundleClass == bundleClass }
    }

    /// One installed bundle.
    /// - Throws: ``ISSPError/bundleNotFound(_:)``, or ``ISSPError/bundleDeleted(_:)`` for a deleted one.
    public func bundle(_ spbId: SpbId) throws -> InstalledBundle {
        try installedBundle(try bundleRecord(spbId))
    }

    /// The modem ports and the Active bundles on them.
    public func portTable() throws -> ModemPortTable {
        let records = try database.read("read ports") { db in
            try BundleRecord.filter(BundleRecord.Columns.port != nil).fetchAll(db)
        }
        var assignments: [Int: SpbId] = [:]
        for record in records {
            if let port = record.port { assignments[port] = try Self.spbId(of: record) }
        }
        return ModemPortTable(limits: limits, assignments: assignments)
    }

    /// Bytes of bundle memory not taken by installed bundles.
    public func freeSpace() throws -> Int {
        let used = try database.read("sum bundle sizes") { db in
            try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(spbSize), 0) FROM bundle") ?? 0
        }
        return max(limits.bundleMemory - used, 0)
    }

    // MARK: Transitions

    /// Disabled → Enabled.
    @discardableResult
    public func enable(_ spbId: SpbId) throws -> SpbStateChangeNotification {
        try transition(.enable, of: spbId)
    }

    /// Enabled → Disabled. An RSP bundle's Profile list is cached first, so the LBA can still list it.
    @discardableResult
    public func disable(_ spbId: SpbId) async throws -> SpbStateChangeNotification {
        if hostedBundles[spbId] != nil, SpbState(code: try bundleRecord(spbId).state) == .enabled {
            try await refreshProfilesCache(spbId)
        }
        return try transition(.disable, of: spbId)
    }

    /// Enabled → Active on a modem port.
    ///
    /// - Parameters:
    ///   - port: the port to use; the lowest free one when `nil`.
    ///   - replacing: an Active bundle to deactivate in the same transaction, the user's explicit choice
    ///     when the active limit is reached (its port is reused unless `port` names another).
    /// - Returns: the notifications, the replaced bundle's deactivation first.
    /// - Throws: ``ModemPortError/noFreePort(activeLimit:active:)`` when the limit is reached and nothing
    ///   is replaced; ``TelecomBundleStateError`` for an illegal transition. Nothing changes on failure.
    @discardableResult
    public func activate(_ spbId: SpbId, port: Int? = nil, replacing: SpbId? = nil) throws
        -> [SpbStateChangeNotification]
    {
        try database.write("activate \(spbId)") { db in
            var notifications: [SpbStateChangeNotification] = []
            var table = try portTable(db)
            var chosenPort = port
            if let replacing {
                guard replacing != spbId else {
                    throw TelecomBundleStateError.illegalTransition(
                        from: .enabled, transition: .activate, reason: "a bundle cannot replace itself")
                }
                let freed = table.release(replacing)
                notifications.append(try apply(.deactivate, to: replacing, in: db))
                if chosenPort == nil { chosenPort = freed }
            }
            try checkTransition(.activate, of: spbId, in: db)
            let assigned = try table.assign(spbId, to: chosenPort)
            notifications.append(try apply(.activate, to: spbId, port: assigned, in: db))
            return notifications
        }
    }

    /// Active → Enabled, freeing the modem port.
    @discardableResult
    public func deactivate(_ spbId: SpbId) throws -> SpbStateChangeNotification {
        try transition(.deactivate, of: spbId)
    }

    /// Disabled or Enabled → Deleted: the bundle's row, image and (RSP) card file are wiped; a tombstone
    /// keeps its identifier and class.
    ///
    /// - Parameter deactivatingFirst: an Active bundle is refused unless this is `true`, in which case it is
    ///   deactivated first (a separate notification) in the same transaction.
    @discardableResult
    public func delete(_ spbId: SpbId, deactivatingFirst: Bool = false) async throws -> [SpbStateChangeNotification] {
        let (notifications, cardFile) = try database.write("delete \(spbId)") { db in
            let record = try fetchBundle(spbId, in: db)
            var notifications: [SpbStateChangeNotification] = []
            if deactivatingFirst, SpbState(code: record.state) == .active {
                notifications.append(try apply(.deactivate, to: spbId, in: db))
            }
            notifications.append(try apply(.delete, to: spbId, in: db))
            return (notifications, record.cardFile)
        }
        // The row is gone for good: now the card file may go too (see PlatformDirectory).
        await unhost(spbId)
        if let cardFile {
            try PlatformDirectory.removeCard(at: cardDirectory.appendingPathComponent(cardFile))
        }
        return notifications
    }

    /// Applies one transition requested over Si3 (the SPBL's entry point) and returns its notification.
    func stateChange(_ transition: TelecomBundleTransition, of spbId: SpbId) async throws -> SpbStateChangeNotification {
        let notifications: [SpbStateChangeNotification]
        switch transition {
        case .enable: notifications = [try enable(spbId)]
        case .disable: notifications = [try await disable(spbId)]
        case .activate: notifications = try activate(spbId)
        case .deactivate: notifications = [try deactivate(spbId)]
        case .delete: notifications = try await delete(spbId)
        case .install:
            throw TelecomBundleStateError.illegalTransition(
                from: SpbState(code: try bundleRecord(spbId).state), transition: .install,
                reason: "bundles are installed by LoadBoundSpbInfo")
        }
        guard let last = notifications.last else { throw ISSPError.bundleNotFound(spbId) }
        return last
    }

    // MARK: Internals

    /// One transition in its own transaction.
    private func transition(_ transition: TelecomBundleTransition, of spbId: SpbId) throws
        -> SpbStateChangeNotification
    {
        try database.write("\(transition) \(spbId)") { db in try apply(transition, to: spbId, in: db) }
    }

    /// Checks that `transition` is legal for the bundle's current state, inside the caller's transaction.
    @discardableResult
    private func checkTransition(_ transition: TelecomBundleTransition, of spbId: SpbId, in db: Database) throws
        -> (BundleRecord, SpbState)
    {
        let record = try fetchBundle(spbId, in: db)
        let target = try TelecomBundleStateMachine.target(of: transition, from: SpbState(code: record.state))
        return (record, target)
    }

    /// Moves the bundle to the state `transition` leads to, inside the caller's transaction, and returns the
    /// signed notification (its sequence number taken from the persisted counter).
    private func apply(
        _ transition: TelecomBundleTransition, to spbId: SpbId, port: Int? = nil, in db: Database
    ) throws -> SpbStateChangeNotification {
        var (record, target) = try checkTransition(transition, of: spbId, in: db)
        let notification = try notification(for: record, newState: target, in: db)
        if target == .deleted {
            try record.delete(db)
            try TombstoneRecord(spbId: record.spbId, bundleClass: record.bundleClass, deletedAt: Date()).insert(db)
        } else {
            record.state = target.code
            record.port = target == .active ? port : nil
            try record.update(db)
        }
        return notification
    }

    /// The signed record of a bundle's new state.
    func notification(for record: BundleRecord, newState: SpbState, in db: Database) throws
        -> SpbStateChangeNotification
    {
        try binding.stateChangeNotification(
            seqNumber: try PlatformRecord.takeSequenceNumber(db), spbId: try Self.spbId(of: record),
            newState: newState, spbmAddress: record.notificationAddress)
    }

    /// The port table as the caller's transaction sees it.
    private func portTable(_ db: Database) throws -> ModemPortTable {
        var assignments: [Int: SpbId] = [:]
        for record in try BundleRecord.filter(BundleRecord.Columns.port != nil).fetchAll(db) {
            if let port = record.port { assignments[port] = try Self.spbId(of: record) }
        }
        return ModemPortTable(limits: limits, assignments: assignments)
    }

    /// The row of an installed bundle, in the caller's transaction.
    func fetchBundle(_ spbId: SpbId, in db: Database) throws -> BundleRecord {
        if let record = try BundleRecord.fetchOne(db, key: Data(spbId.bytes)) { return record }
        if try TombstoneRecord.exists(db, key: Data(spbId.bytes)) { throw ISSPError.bundleDeleted(spbId) }
        throw ISSPError.bundleNotFound(spbId)
    }

    /// The row of an installed bundle.
    func bundleRecord(_ spbId: SpbId) throws -> BundleRecord {
        try database.read("read bundle \(spbId)") { db in try fetchBundle(spbId, in: db) }
    }

    /// The public view of a row: its metadata with the current state.
    func installedBundle(_ record: BundleRecord) throws -> InstalledBundle {
        var metadata: SpbMetadata
        do {
            metadata = try SpbMetadata(derBytes: Array(record.metadata))
        } catch {
            throw ISSPError.corruptBundle(try Self.spbId(of: record), reason: "its metadata does not decode: \(error)")
        }
        metadata.spbState = SpbState(code: record.state)
        return InstalledBundle(metadata: metadata, port: record.port, installedAt: record.installedAt)
    }
}
