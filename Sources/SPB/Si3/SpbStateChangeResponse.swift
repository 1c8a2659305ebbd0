import SGP22
import SwiftASN1

/// The answer to Si3.SpbStateChange: the signed notification of the new state, or why it failed.
///
/// One alternative is tagged, so automatic tagging does not apply: the notification keeps its own `BFA204`
/// and the error is `80`.
///
/// ```asn1
/// SpbStateChangeResponse ::= [4101] CHOICE { -- Tag 'BFA005'
///     spbStateChangeNotification SpbStateChangeNotification, -- success: the signed record of the new state
///     spbStateChangeError [0] SpblErrorReason
/// }
/// ```
public enum SpbStateChangeResponse: DERImplicitlyTaggable, Hashable, Sendable {
    case spbStateChangeNotification(SpbStateChangeNotification)
    case spbStateChangeError(SpblErrorReason)

    /// `BFA005`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA005) }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let choice = try DER.explicitChild(node, "SpbStateChangeResponse", identifier: identifier)
        switch choice.identifier {
        case SpbStateChangeNotification.defaultIdentifier:
            self = .spbStateChangeNotification(try SpbStateChangeNotification(derEncoded: choice))
        case .context(0):
            self = .spbStateChangeError(try SpblErrorReason(derEncoded: choice, withIdentifier: .context(0)))
        default:
            throw ASN1Error.invalidASN1Object(
                reason: "SpbStateChangeResponse: expected spbStateChangeNotification BFA204 or "
                    + "spbStateChangeError 80, found \(choice.identifier)")
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            switch self {
            case .spbStateChangeNotification(let notification):
                try coder.serialize(notification)
            case .spbStateChangeError(let reason):
                try reason.serialize(into: &coder, withIdentifier: .context(0))
            }
        }
    }
}
