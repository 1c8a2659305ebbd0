import SwiftASN1

/// Why ES10c.GetProfilesInfo failed.
///
/// ```asn1
/// ProfileInfoListError ::= INTEGER {
///     incorrectInputValues (1),
///     profileChangeOngoing (11), -- #SupportedForRpmV3.0.0#
///     undefinedError (127)
/// }
/// ```
public enum ProfileInfoListError: NamedInteger {
    case incorrectInputValues
    case profileChangeOngoing
    case undefinedError
    /// A code this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 1: self = .incorrectInputValues
        case 11: self = .profileChangeOngoing
        case 127: self = .undefinedError
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .incorrectInputValues: 1
        case .profileChangeOngoing: 11
        case .undefinedError: 127
        case .other(let code): code
        }
    }
}
