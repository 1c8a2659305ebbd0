/// How far an RSP session (one transactionId) has come.
public enum SessionStage: String, Codable, CaseIterable, Hashable, Sendable {
    /// InitiateAuthentication answered; AuthenticateClient is due.
    case initiated
    /// The eUICC is authenticated and tied to an order; GetBoundProfilePackage is due.
    case authenticated
    /// The Bound Profile Package was delivered; the installation result is due (a retry of
    /// GetBoundProfilePackage with the same one-time key gets the same package).
    case packageBound
    /// The eUICC reported the installation result.
    case completed
    /// The eUICC cancelled the session (ES9+ CancelSession), or the operator cancelled the order.
    case cancelled

    /// Whether ES9+ functions other than HandleNotification may still act on the session.
    public var isActive: Bool { self == .initiated || self == .authenticated || self == .packageBound }
}
