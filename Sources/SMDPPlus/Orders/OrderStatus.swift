/// Where a download order stands, apart from the state of its profile.
public enum OrderStatus: String, Codable, CaseIterable, Hashable, Sendable {
    /// The order can still lead to a download.
    case open
    /// The profile was installed: the MatchingID is used up.
    case completed
    /// The operator cancelled the order (ES2+ CancelOrder).
    case cancelled
    /// The download ended for good: a terminal CancelSession reason, a failed last retry or an exhausted
    /// confirmation code. The profile is in `error` until the operator cancels the order.
    case terminated
}
