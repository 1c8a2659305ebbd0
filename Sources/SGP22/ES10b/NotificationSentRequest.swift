import SwiftASN1

/// ES10b.RemoveNotificationFromList: the LPA has delivered notification `seqNumber`; the eUICC may delete it.
///
/// ```asn1
/// NotificationSentRequest ::= [48] SEQUENCE { -- Tag 'BF30'
///     seqNumber      [0] INTEGER
/// }
/// ```
public struct NotificationSentRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF30`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF30) }

    public var seqNumber: Int

    public init(seqNumber: Int) {
        self.seqNumber = seqNumber
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            NotificationSentRequest(seqNumber: try DER.field(&nodes, "seqNumber", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try seqNumber.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
