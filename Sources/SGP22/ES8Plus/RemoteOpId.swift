import SwiftASN1

/// The remote operation an InitialiseSecureChannel request opens.
///
/// ```asn1
/// RemoteOpId ::= [2] INTEGER {installBoundProfilePackage (1)}
/// ```
public enum RemoteOpId: NamedInteger {
    case installBoundProfilePackage
    /// A code this version does not name.
    case other(Int)

    /// `82`: the module tags the type itself.
    public static var defaultIdentifier: ASN1Identifier { .context(2) }

    public init(code: Int) {
        self = code == 1 ? .installBoundProfilePackage : .other(code)
    }

    public var code: Int {
        switch self {
        case .installBoundProfilePackage: 1
        case .other(let code): code
        }
    }
}
