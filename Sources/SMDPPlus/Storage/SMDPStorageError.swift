import SGP22

/// Why the storage refused an operation.
public enum SMDPStorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A profile with this ICCID is already in the inventory.
    case duplicateProfile(ICCID)
    /// Another order already uses this MatchingID.
    case duplicateMatchingId(String)
    /// A session with this transactionId already exists.
    case duplicateSession(TransactionId)
    /// No profile has this ICCID.
    case profileNotFound(ICCID)
    /// No profile of this type is available.
    case noAvailableProfile(profileType: String)
    /// No session has this transactionId.
    case sessionNotFound(TransactionId)
    /// An operation tried a profile state change the state machine forbids.
    case invalidTransition(iccid: ICCID, from: ProfileState, to: ProfileState)
    /// An operation tried to add or remove a record through a working set, which may only change records.
    case unsupportedChange(String)
    /// A stored row could not be read back.
    case corruptRecord(table: String, reason: String)
    /// The database failed.
    case database(operation: String, underlying: String)

    public var description: String {
        switch self {
        case .duplicateProfile(let iccid): "a profile with ICCID \(iccid) is already in the inventory"
        case .duplicateMatchingId(let id): "MatchingID \(id) is already used by another order"
        case .duplicateSession(let id): "an RSP session with transactionId \(id) already exists"
        case .profileNotFound(let iccid): "no profile with ICCID \(iccid)"
        case .noAvailableProfile(let type): "no available profile of type \"\(type)\""
        case .sessionNotFound(let id): "no RSP session with transactionId \(id)"
        case .invalidTransition(let iccid, let from, let to):
            "profile \(iccid) cannot move from \(from) to \(to)"
        case .unsupportedChange(let what): "unsupported change through a working set: \(what)"
        case .corruptRecord(let table, let reason): "stored \(table) record is unreadable: \(reason)"
        case .database(let operation, let underlying): "database failure while trying to \(operation): \(underlying)"
        }
    }
}
