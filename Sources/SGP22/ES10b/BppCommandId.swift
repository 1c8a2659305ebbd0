import SwiftASN1

/// The part of a Bound Profile Package the eUICC was processing when installation failed.
///
/// ```asn1
/// BppCommandId ::= INTEGER {
///     initialiseSecureChannel (0),
///     configureISDP (1),
///     storeMetadata (2),
///     storeMetadata2 (3),
///     replaceSessionKeys (4),
///     loadProfileElements (5)
/// }
/// ```
public enum BppCommandId: NamedInteger {
    case initialiseSecureChannel
    case configureISDP
    case storeMetadata
    case storeMetadata2
    case replaceSessionKeys
    case loadProfileElements
    /// A code this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .initialiseSecureChannel
        case 1: self = .configureISDP
        case 2: self = .storeMetadata
        case 3: self = .storeMetadata2
        case 4: self = .replaceSessionKeys
        case 5: self = .loadProfileElements
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .initialiseSecureChannel: 0
        case .configureISDP: 1
        case .storeMetadata: 2
        case .storeMetadata2: 3
        case .replaceSessionKeys: 4
        case .loadProfileElements: 5
        case .other(let code): code
        }
    }
}
