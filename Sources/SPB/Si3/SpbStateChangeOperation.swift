import SGP22
import SwiftASN1

/// What Si3.SpbStateChange asks the SPBL to do with a bundle.
///
/// ```asn1
/// SpbStateChangeOperation ::= INTEGER {
///     enable (0),     -- Disabled -> Enabled
///     disable (1),    -- Enabled -> Disabled
///     activate (2),   -- Enabled -> Active
///     deactivate (3), -- Active -> Enabled
///     delete (4)      -- Disabled or Enabled -> Deleted
/// }
/// ```
public enum SpbStateChangeOperation: NamedInteger, CustomStringConvertible {
    case enable
    case disable
    case activate
    case deactivate
    case delete
    /// An operation this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .enable
        case 1: self = .disable
        case 2: self = .activate
        case 3: self = .deactivate
        case 4: self = .delete
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .enable: 0
        case .disable: 1
        case .activate: 2
        case .deactivate: 3
        case .delete: 4
        case .other(let code): code
        }
    }

    /// The states the operation may start from.
    public var allowedSourceStates: Set<Int> {
        switch self {
        case .enable: [SpbState.disabled.code]
        case .disable: [SpbState.enabled.code]
        case .activate: [SpbState.enabled.code]
        case .deactivate: [SpbState.active.code]
        case .delete: [SpbState.disabled.code, SpbState.enabled.code]
        case .other: []
        }
    }

    /// The state the bundle is in after the operation, or `nil` for an operation this version does not name.
    public var resultingState: SpbState? {
        switch self {
        case .enable, .deactivate: .enabled
        case .disable: .disabled
        case .activate: .active
        case .delete: .deleted
        case .other: nil
        }
    }

    /// Whether a bundle in `state` may undergo this operation.
    public func isAllowed(from state: SpbState) -> Bool {
        allowedSourceStates.contains(state.code)
    }

    public var description: String {
        switch self {
        case .enable: "enable"
        case .disable: "disable"
        case .activate: "activate"
        case .deactivate: "deactivate"
        case .delete: "delete"
        case .other(let code): "operation \(code)"
        }
    }
}
