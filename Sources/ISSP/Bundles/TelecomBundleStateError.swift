import SPB

/// A transition the Telecom Bundle state machine refuses.
public enum TelecomBundleStateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `transition` is not legal from `from` (`nil`: the bundle is not installed).
    case illegalTransition(from: SpbState?, transition: TelecomBundleTransition, reason: String)

    public var description: String {
        switch self {
        case .illegalTransition(let state, let transition, let reason):
            let from = state.map { "a bundle in state \($0)" } ?? "a bundle that is not installed"
            return "illegal transition: cannot \(transition) \(from): \(reason)"
        }
    }
}
