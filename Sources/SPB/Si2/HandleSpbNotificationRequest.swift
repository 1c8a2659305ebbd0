import SGP22
import SwiftASN1

/// Si2.HandleSpbNotification: the LBA delivers a signed SPBL notification; the SPB Manager answers HTTP 204.
///
/// ```asn1
/// HandleSpbNotificationRequest ::= [4228] SEQUENCE { -- Tag 'BFA104'
///     pendingNotification [0] SpbPendingNotification -- explicit 'A0' around the CHOICE
/// }
/// ```
public struct HandleSpbNotificationRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA104`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA104) }

    public var pendingNotification: SpbPendingNotification

    public init(pendingNotification: SpbPendingNotification) {
        self.pendingNotification = pendingNotification
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            guard let wrapper = nodes.next() else {
                throw ASN1Error.invalidASN1Object(reason: "missing mandatory component pendingNotification [0]")
            }
            let child = try DER.explicitChild(wrapper, "pendingNotification", identifier: .context(0))
            return HandleSpbNotificationRequest(pendingNotification: try SpbPendingNotification(derEncoded: child))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: .context(0)) { coder in
                try coder.serialize(pendingNotification)
            }
        }
    }
}
