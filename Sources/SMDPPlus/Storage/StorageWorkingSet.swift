/// The records one atomic storage operation reads and may change: a session, an order and a profile, each
/// present when the operation found it.
///
/// A closure passed to ``SMDPStorage/updateSession(_:order:_:)`` or ``SMDPStorage/updateProfile(iccid:_:)`` gets
/// the records as they are inside the transaction, changes them in place, and the storage writes back what
/// changed before committing. The closure must be pure (no I/O, no waiting): in SQLite it runs inside the write
/// transaction, in PostgreSQL between `SELECT … FOR UPDATE` and `COMMIT`.
public struct StorageWorkingSet: Hashable, Sendable {
    /// The session, when the operation names one.
    public var session: RSPSession?
    /// The order found by the operation's lookup.
    public var order: DownloadOrder?
    /// The order's profile (or the profile the operation names).
    public var profile: InventoryProfile?

    /// Builds a working set.
    public init(session: RSPSession? = nil, order: DownloadOrder? = nil, profile: InventoryProfile? = nil) {
        self.session = session
        self.order = order
        self.profile = profile
    }
}
