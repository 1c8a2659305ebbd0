import SGP22

/// How ``SMDPStorage/updateSession(_:order:_:)`` finds the order that goes with a session.
public enum OrderLookup: Hashable, Sendable {
    /// No order.
    case none
    /// The order the session is already tied to (`session.orderId`).
    case sessionOrder
    /// The order with this MatchingID, whatever its status.
    case matchingId(String)
    /// The oldest open order bound to this EID whose profile can be downloaded now (released, or downloaded with a
    /// binding kept for a retry): the default SM-DP+ case, where the eUICC comes without a MatchingID.
    case pendingForEID(EID)
}
