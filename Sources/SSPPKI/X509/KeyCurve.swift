import SwiftASN1

/// The curve of an elliptic-curve public key, as named by its SubjectPublicKeyInfo.
///
/// SGP.22 allows NIST P-256, brainpoolP256r1 and FRP256V1; the project (and swift-crypto) can
/// compute only with P-256, so every other value is named, so that errors can say which it was.
public enum KeyCurve: Hashable, Sendable, CustomStringConvertible {
    /// NIST P-256 / secp256r1 / prime256v1, `1.2.840.10045.3.1.7`.
    case p256
    /// NIST P-384, `1.3.132.0.34`.
    case p384
    /// NIST P-521, `1.3.132.0.35`.
    case p521
    /// brainpoolP256r1 (RFC 5639), `1.3.36.3.3.2.8.1.1.7`.
    case brainpoolP256r1
    /// brainpoolP384r1, `1.3.36.3.3.2.8.1.1.11`.
    case brainpoolP384r1
    /// brainpoolP512r1, `1.3.36.3.3.2.8.1.1.13`.
    case brainpoolP512r1
    /// FRP256v1 (ANSSI), `1.2.250.1.223.101.256.1`.
    case frp256v1
    /// A named curve this type does not know.
    case otherCurve(ASN1ObjectIdentifier)
    /// An EC key whose parameters are explicit or implicit instead of a named curve.
    case unnamedParameters
    /// Not an elliptic-curve key at all (RSA, Ed25519, …).
    case notEllipticCurve(algorithm: ASN1ObjectIdentifier)

    static let oids: [(ASN1ObjectIdentifier, KeyCurve)] = [
        ([1, 2, 840, 10045, 3, 1, 7], .p256),
        ([1, 3, 132, 0, 34], .p384),
        ([1, 3, 132, 0, 35], .p521),
        ([1, 3, 36, 3, 3, 2, 8, 1, 1, 7], .brainpoolP256r1),
        ([1, 3, 36, 3, 3, 2, 8, 1, 1, 11], .brainpoolP384r1),
        ([1, 3, 36, 3, 3, 2, 8, 1, 1, 13], .brainpoolP512r1),
        ([1, 2, 250, 1, 223, 101, 256, 1], .frp256v1),
    ]

    /// The curve named by `namedCurve`.
    public init(namedCurve: ASN1ObjectIdentifier) {
        self = Self.oids.first { $0.0 == namedCurve }?.1 ?? .otherCurve(namedCurve)
    }

    /// The curve's usual name, such as `prime256v1 (NIST P-256)` or `brainpoolP256r1`.
    public var name: String {
        switch self {
        case .p256: return "NIST P-256"
        case .p384: return "NIST P-384"
        case .p521: return "NIST P-521"
        case .brainpoolP256r1: return "brainpoolP256r1"
        case .brainpoolP384r1: return "brainpoolP384r1"
        case .brainpoolP512r1: return "brainpoolP512r1"
        case .frp256v1: return "FRP256v1"
        case .otherCurve(let oid): return "curve \(oid.dotted)"
        case .unnamedParameters: return "explicit curve parameters"
        case .notEllipticCurve(let algorithm): return "non-EC key algorithm \(algorithm.dotted)"
        }
    }

    /// Whether the project can verify and sign with keys on this curve.
    public var isSupported: Bool { self == .p256 }

    public var description: String { name }
}
