import SwiftASN1

/// The eUICC's answer to ES10b.AuthenticateServer, relayed by the LPA to ES9+.AuthenticateClient.
///
/// A tagged CHOICE: the `BF38` tag is explicit, and automatic tagging marks the alternatives
/// `A0` and `A1`.
///
/// ```asn1
/// AuthenticateServerResponse ::= [56] CHOICE { -- Tag 'BF38'
///     authenticateResponseOk AuthenticateResponseOk,
///     authenticateResponseError AuthenticateResponseError
/// }
/// ```
public enum AuthenticateServerResponse: DERImplicitlyTaggable, Hashable, Sendable {
    case authenticateResponseOk(AuthenticateResponseOk)
    case authenticateResponseError(AuthenticateResponseError)

    /// `BF38`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF38) }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "AuthenticateServerResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .authenticateResponseOk(try AuthenticateResponseOk(derEncoded: choice, withIdentifier: .context(0)))
        case .context(1):
            self = .authenticateResponseError(
                try AuthenticateResponseError(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "AuthenticateServerResponse: expected authenticateResponseOk A0 or "
                    + "authenticateResponseError A1, found \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .authenticateResponseOk(let response):
                try response.serialize(into: &coder, withIdentifier: .context(0))
            case .authenticateResponseError(let response):
                try response.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
