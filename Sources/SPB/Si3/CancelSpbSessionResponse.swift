import SGP22
import SwiftASN1

/// The answer to Si3.CancelSpbSession, which the LBA forwards with Si2.CancelSpbSession.
///
/// ```asn1
/// CancelSpbSessionResponse ::= [4102] CHOICE { -- Tag 'BFA006'
///     cancelSpbSessionResponseOk [0] CancelSpbSessionResponseOk,
///     cancelSpbSessionResponseError [1] SpblErrorReason
/// }
/// ```
public enum CancelSpbSessionResponse: DERImplicitlyTaggable, Hashable, Sendable {
    case cancelSpbSessionResponseOk(CancelSpbSessionResponseOk)
    case cancelSpbSessionResponseError(SpblErrorReason)

    /// `BFA006`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA006) }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "CancelSpbSessionResponse", identifier: identifier)
        switch choice.identifier {
        case .context(0):
            self = .cancelSpbSessionResponseOk(
                try CancelSpbSessionResponseOk(derEncoded: choice, withIdentifier: .context(0)))
        case .context(1):
            self = .cancelSpbSessionResponseError(try SpblErrorReason(derEncoded: choice, withIdentifier: .context(1)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "CancelSpbSessionResponse: expected cancelSpbSessionResponseOk A0 or "
                    + "cancelSpbSessionResponseError 81, found \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .cancelSpbSessionResponseOk(let response):
                try response.serialize(into: &coder, withIdentifier: .context(0))
            case .cancelSpbSessionResponseError(let reason):
                try reason.serialize(into: &coder, withIdentifier: .context(1))
            }
        }
    }
}
