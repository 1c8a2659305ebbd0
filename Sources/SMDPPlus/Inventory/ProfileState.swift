/// Where a profile stands in the SM-DP+ inventory (SGP.22 section 3.1.1 and the ES2+ functions of 5.3).
///
/// ```text
/// available ──downloadOrder──▶ allocated (no EID) / linked (EID given)
/// allocated, linked ──confirmOrder──▶ confirmed (releaseFlag false) / released (releaseFlag true)
/// confirmed ──releaseProfile──▶ released
/// released ──getBoundProfilePackage──▶ downloaded ──PIR success──▶ installed
/// downloaded ──PIR failure, retryable cancelSession──▶ released (a new binding may follow)
/// released, downloaded ──terminal cancelSession, confirmation code locked, last retry failed──▶ error
/// allocated … released, error ──cancelOrder──▶ available / unavailable
/// ```
public enum ProfileState: String, Codable, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// In stock, free for a download order.
    case available
    /// Reserved by a download order that names no EID yet.
    case allocated
    /// Reserved by a download order for one EID.
    case linked
    /// The order is confirmed but the operator has not released it yet.
    case confirmed
    /// The order may be downloaded by the eUICC that presents its MatchingID (or EID).
    case released
    /// A Bound Profile Package was delivered; the installation result is pending.
    case downloaded
    /// The eUICC reported a successful installation. Final.
    case installed
    /// The download ended in a way the operator must resolve (cancelOrder).
    case error
    /// Withdrawn from stock for good. Final.
    case unavailable

    /// The states a profile may move to from this one.
    public var successors: Set<ProfileState> {
        switch self {
        case .available: [.allocated, .linked, .unavailable]
        case .allocated: [.linked, .confirmed, .released, .available, .unavailable]
        case .linked: [.confirmed, .released, .available, .unavailable]
        case .confirmed: [.released, .available, .unavailable]
        case .released: [.downloaded, .error, .available, .unavailable]
        case .downloaded: [.installed, .released, .error]
        case .error: [.available, .unavailable]
        case .installed, .unavailable: []
        }
    }

    /// Whether the move from this state to `next` is one the state machine allows (staying put always is).
    public func canMove(to next: ProfileState) -> Bool {
        next == self || successors.contains(next)
    }

    /// Whether a download order may still be cancelled in this state (ES2+ CancelOrder).
    public var isCancellable: Bool {
        [.allocated, .linked, .confirmed, .released, .error].contains(self)
    }

    public var description: String { rawValue }
}
