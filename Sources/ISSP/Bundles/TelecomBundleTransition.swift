import SPB

/// A change of a Telecom Bundle's state: installation, the five Si3 state-change operations, and
/// deletion.
///
/// ``TelecomBundleStateMachine`` says which transition is legal from which ``SpbState``.
public enum TelecomBundleTransition: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A verified image becomes a bundle (it had no state before).
    case install
    /// Disabled → Enabled.
    case enable
    /// Enabled → Disabled.
    case disable
    /// Enabled → Active, on a modem port.
    case activate
    /// Active → Enabled, releasing the modem port.
    case deactivate
    /// Disabled or Enabled → Deleted, wiping the bundle's data.
    case delete

    /// The transition an Si3 state-change operation asks for; `nil` for an operation this version does not name.
    public init?(_ operation: SpbStateChangeOperation) {
        switch operation {
        case .enable: self = .enable
        case .disable: self = .disable
        case .activate: self = .activate
        case .deactivate: self = .deactivate
        case .delete: self = .delete
        case .other: return nil
        }
    }

    public var description: String {
        switch self {
        case .install: "install"
        case .enable: "enable"
        case .disable: "disable"
        case .activate: "activate"
        case .deactivate: "deactivate"
        case .delete: "delete"
        }
    }
}
