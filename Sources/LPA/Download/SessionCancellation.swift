import SGP22

/// How the LPA ended an RSP session after a failure (SGP.22 §3.1.3.4 / §5.6.5): ES10b.CancelSession on the
/// eUICC, which signs the reason, then ES9+.CancelSession carrying that signed answer to the SM-DP+.
public struct SessionCancellation: Hashable, Sendable, CustomStringConvertible {
    /// Why the session was cancelled.
    public let reason: CancelSessionReason
    /// The eUICC's refusal, if it did not cancel (e.g. it had no such session any more).
    public let cardError: ES10Error?
    /// The SM-DP+'s refusal or absence, if the signed cancellation did not reach it; `nil` with a card error
    /// means nothing was sent to the SM-DP+.
    public let serverError: ES9PlusError?

    /// Records the outcome of a cancellation.
    public init(reason: CancelSessionReason, cardError: ES10Error?, serverError: ES9PlusError?) {
        self.reason = reason
        self.cardError = cardError
        self.serverError = serverError
    }

    /// Whether both the eUICC and the SM-DP+ cancelled the session.
    public var isComplete: Bool { cardError == nil && serverError == nil }

    public var description: String {
        let name = Self.name(reason)
        if let cardError {
            return "The session could not be cancelled on the eUICC (\(name)): \(cardError)"
        }
        if let serverError {
            return "The eUICC cancelled the session (\(name)), but the SM-DP+ did not confirm it: \(serverError)"
        }
        return "The session was cancelled on the eUICC and at the SM-DP+ (\(name))."
    }

    /// The reason's ASN.1 name with its code, e.g. `endUserRejection (0)`.
    public static func name(_ reason: CancelSessionReason) -> String {
        let word: String
        switch reason {
        case .endUserRejection: word = "endUserRejection"
        case .postponed: word = "postponed"
        case .timeout: word = "timeout"
        case .pprNotAllowed: word = "pprNotAllowed"
        case .metadataMismatch: word = "metadataMismatch"
        case .loadBppExecutionError: word = "loadBppExecutionError"
        case .sessionAborted: word = "sessionAborted"
        case .undefinedReason: word = "undefinedReason"
        default: word = "reason"
        }
        return "\(word) (\(reason.code))"
    }
}
