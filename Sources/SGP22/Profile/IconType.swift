import SwiftASN1

/// The image format of a Profile icon.
///
/// ```asn1
/// IconType ::= INTEGER {
///     jpg (0),
///     png (1)
/// }
/// ```
public enum IconType: NamedInteger {
    case jpg
    case png
    /// A code this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .jpg
        case 1: self = .png
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .jpg: 0
        case .png: 1
        case .other(let code): code
        }
    }
}
