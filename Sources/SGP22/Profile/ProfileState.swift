import SwiftASN1

/// Whether a Profile is enabled.
///
/// ```asn1
/// ProfileState ::= INTEGER {
///     disabled (0),
///     enabled (1)
/// }
/// ```
public enum ProfileState: NamedInteger {
    case disabled
    case enabled
    /// A code this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .disabled
        case 1: self = .enabled
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .disabled: 0
        case .enabled: 1
        case .other(let code): code
        }
    }
}
