import SGP22
import SwiftASN1

/// The SPBL's answer to Si3.AuthenticateSpbm, relayed by the LBA to Si2.AuthenticateSsp.
///
/// A tagged CHOICE: `BFA002` is explicit and wraps `A0` (ok) or `A1` (error).
///
/// ```asn1
/// AuthenticateSpbmResponse ::= [4098] CHOICE { -- Tag 'BFA002'
///     authenticateSpbmResponseOk [0] AuthenticateSpbmResponseOk,
///     authenticateSpbmResponseError [1] AuthenticateSpbmResponseError
/// }
/// ```
public enum AuthenticateSpbmResponse: DERImplicitlyTaggable, Hashable, Sendable {
    case authenticateSpbmResponseOk(AuthenticateSpbmResponseOk)
    case authenticateSpbmResponseError(AuthenticateSpbmResponseError)

    /// `BFA002`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA002) }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "AuthenticateSpbmResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .authenticateSpbmResponseOk(
                try AuthenticateSpbmResponseOk(derEncoded: choice, withIdentifier: .context(0)))
        case .context(1):
            self = .authenticateSpbmResponseError(
                try AuthenticateSpbmResponseError(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "AuthenticateSpbmResponse: expected authenticateSpbmResponseOk A0 or "
                    + "authenticateSpbmResponseError A1, found \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .authenticateSpbmResponseOk(let response):
                try response.serialize(into: &coder, withIdentifier: .context(0))
            case .authenticateSpbmResponseError(let response):
                try response.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
