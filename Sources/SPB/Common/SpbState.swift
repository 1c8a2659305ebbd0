import SwiftASN1
import SGP22

/// The state of a Telecom Bundle on the Primary Platform.
///
/// ```asn1
/// SpbState ::= INTEGER {
///     disabled (0), -- installed, cannot be activated
///     enabled (1),  -- installed, may be activated
///     active (2),   -- running (mapped to a modem port)
///     deleted (3)   -- gone for good with all its data (only ever reported in notifications)
/// }
/// ```
public enum SpbState: NamedInteger, CustomStringConvertible {
    case disabled
    case enabled
    case active
    case deleted
    /// A state this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .disabled
        case 1: self = .enabled
        case 2: self = .active
        case 3: self = .deleted
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .disabled: 0
        case .enabled: 1
        case .active: 2
        case .deleted: 3
        case .other(let code): code
        }
    }

    public var description: String {
        switch self {
        case .disabled: "Disabled"
        case .enabled: "Enabled"
        case .active: "Active"
        case .deleted: "Deleted"
        case .other(let code): "state \(code)"
        }
    }
}
