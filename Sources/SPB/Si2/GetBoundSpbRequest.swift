import SGP22
import SwiftASN1

/// Si2.GetBoundSpb: after the user's consent, the LBA asks for the bound SPB image.
///
/// ```asn1
/// GetBoundSpbRequest ::= [4227] SEQUENCE { -- Tag 'BFA103'
///     transactionId [0] TransactionId
/// }
/// ```
public struct GetBoundSpbRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA103`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA103) }

    public var transactionId: TransactionId

    public init(transactionId: TransactionId) {
        self.transactionId = transactionId
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetBoundSpbRequest(transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
