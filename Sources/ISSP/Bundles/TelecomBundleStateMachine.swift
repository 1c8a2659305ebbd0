import SPB

/// The one state machine of Telecom Bundles on the Primary Platform (the table is also in docs/issp.md).
///
/// ```
/// from \ transition  install            enable   disable   activate  deactivate  delete
/// (not installed)    Enabled|Disabled   -        -         -         -           -
/// Disabled           -                  Enabled  -         -         -           Deleted
/// Enabled            -                  -        Disabled  Active    -           Deleted
/// Active             -                  -        -         -         Enabled     - (deactivate first)
/// Deleted            -                  -        -         -         -           -
/// ```
/// Every cell marked `-` is refused with ``TelecomBundleStateError/illegalTransition(from:transition:reason:)``.
/// A Disabled bundle cannot become Active: it must be enabled first. An Active bundle is running on a modem
/// port and is never deleted or disabled under the modem's feet: it is deactivated first, which the platform
/// does as an explicit, separately notified step when the caller asks for it. Deleted is final.
public enum TelecomBundleStateMachine {
    /// The state `transition` leads to from `state` (`nil` for a bundle not installed yet).
    ///
    /// - Parameter installAs: the state an installation leaves the bundle in, Enabled or Disabled.
    public static func target(
        of transition: TelecomBundleTransition, from state: SpbState?, installAs: SpbState = .enabled
    ) throws(TelecomBundleStateError) -> SpbState {
        guard let state else {
            guard transition == .install else {
                throw .illegalTransition(from: nil, transition: transition, reason: "no such bundle is installed")
            }
            guard installAs == .enabled || installAs == .disabled else {
                throw .illegalTransition(
                    from: nil, transition: .install,
                    reason: "a bundle is installed Enabled or Disabled, not \(installAs)")
            }
            return installAs
        }
        switch (state, transition) {
        case (.disabled, .enable): return .enabled
        case (.disabled, .delete): return .deleted
        case (.enabled, .disable): return .disabled
        case (.enabled, .activate): return .active
        case (.enabled, .delete): return .deleted
        case (.active, .deactivate): return .enabled
        default:
            throw .illegalTransition(from: state, transition: transition, reason: reason(state, transition))
        }
    }

    /// Whether `transition` is legal from `state`.
    public static func isLegal(_ transition: TelecomBundleTransition, from state: SpbState?) -> Bool {
        (try? target(of: transition, from: state)) != nil
    }

    /// Why a cell of the table is empty, in words the LBA can show.
    static func reason(_ state: SpbState, _ transition: TelecomBundleTransition) -> String {
        switch (state, transition) {
        case (_, .install): return "the bundle is already installed"
        case (.deleted, _): return "a Deleted bundle is gone for good"
        case (.disabled, .activate): return "a Disabled bundle must be enabled before it can be activated"
        case (.active, .delete), (.active, .disable):
            return "an Active bundle must be deactivated first"
        case (.active, .activate): return "the bundle is already Active"
        case (.enabled, .enable): return "the bundle is already Enabled"
        case (.disabled, .disable): return "the bundle is already Disabled"
        case (_, .deactivate): return "only an Active bundle can be deactivated"
        case (.other(let code), _): return "state \(code) is not one this platform knows"
        default: return "the transition is not in the state table"
        }
    }
}
