import Foundation
import SGP22

/// Everything the SM-DP+ keeps: the profile inventory with the packages, download orders, RSP sessions (with
/// their one-time keys) and the notifications received.
///
/// Protocol code talks only to this interface; SQLite (``SQLiteStorage``) is the embedded implementation and a
/// PostgreSQL one can sit behind the same methods. Each method is one transaction. Changes that must not race
/// (reserving a profile, binding an order to an eUICC, delivering a Bound Profile Package, counting a wrong
/// confirmation code) go through ``placeOrder(selecting:_:)``, ``updateProfile(iccid:_:)`` and
/// ``updateSession(_:order:_:)``, whose closures see the records as they are inside the transaction; so of two
/// concurrent requests for one profile, exactly one sees it free.
public protocol SMDPStorage: Sendable {
    // MARK: Inventory

    /// Adds a profile and its package; throws ``SMDPStorageError/duplicateProfile(_:)`` if the ICCID is known.
    func addProfile(_ profile: InventoryProfile, package: [UInt8]) async throws
    /// The profile with this ICCID.
    func profile(iccid: ICCID) async throws -> InventoryProfile?
    /// Every profile, ordered by profile type then ICCID.
    func profiles() async throws -> [InventoryProfile]
    /// The SAIP package of the profile with this ICCID.
    func profilePackage(iccid: ICCID) async throws -> [UInt8]?
    /// The distinct profile types in the inventory.
    func profileTypes() async throws -> [String]

    // MARK: Orders

    /// Reserves a profile and records the order `body` makes for it, in one transaction.
    ///
    /// `body` gets the selected profile (for ``ProfileSelection/profileType(_:)``, the oldest available one),
    /// changes its state and returns the order; throwing rolls everything back. Throws
    /// ``SMDPStorageError/profileNotFound(_:)`` or ``SMDPStorageError/noAvailableProfile(profileType:)`` when
    /// there is nothing to select.
    func placeOrder(
        selecting selection: ProfileSelection,
        _ body: @escaping @Sendable (inout InventoryProfile) throws -> DownloadOrder
    ) async throws -> DownloadOrder
    /// The order with this identifier.
    func order(id: String) async throws -> DownloadOrder?
    /// The order with this MatchingID.
    func order(matchingId: String) async throws -> DownloadOrder?
    /// The most recent order for this profile.
    func latestOrder(iccid: ICCID) async throws -> DownloadOrder?
    /// Changes a profile and its most recent order in one transaction (ES2+ ConfirmOrder, CancelOrder,
    /// ReleaseProfile). The working set's `profile` is present; `order` is present when the profile ever had one.
    func updateProfile<Result: Sendable>(
        iccid: ICCID, _ body: @escaping @Sendable (inout StorageWorkingSet) throws -> Result
    ) async throws -> Result

    // MARK: Sessions

    /// Records a new session; throws ``SMDPStorageError/duplicateSession(_:)`` if the transactionId exists.
    func createSession(_ session: RSPSession) async throws
    /// The session with this transactionId.
    func session(_ transactionId: TransactionId) async throws -> RSPSession?
    /// Changes a session, the order `lookup` finds and that order's profile in one transaction. Throws
    /// ``SMDPStorageError/sessionNotFound(_:)`` if there is no such session.
    func updateSession<Result: Sendable>(
        _ transactionId: TransactionId, order lookup: OrderLookup,
        _ body: @escaping @Sendable (inout StorageWorkingSet) throws -> Result
    ) async throws -> Result
    /// Deletes ended or expired sessions older than `date`; returns how many went.
    func purgeSessions(before date: Date) async throws -> Int

    // MARK: Notifications

    /// Stores a verified notification and returns its row number.
    func recordNotification(_ notification: ReceivedNotification) async throws -> Int64
    /// The notifications received, oldest first; only those of `eid` when given.
    func notifications(eid: EID?) async throws -> [ReceivedNotification]
}
