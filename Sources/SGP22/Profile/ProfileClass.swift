import SwiftASN1

/// The class of a Profile.
///
/// ```asn1
/// ProfileClass ::= INTEGER {
///     test (0),
///     provisioning (1),
///     operational (2)
/// }
/// ```
public enum ProfileClass: NamedInteger {
    case test
    case provisioning
    case operational
    /// A code this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .test
        case 1: self = .provisioning
        case 2: self = .operational
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .test: 0
        case .provisioning: 1
        case .operational: 2
        case .other(let code): code
        }
    }
}
