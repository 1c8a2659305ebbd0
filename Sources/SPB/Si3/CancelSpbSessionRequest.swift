import SGP22
import SwiftASN1

/// Si3.CancelSpbSession: the LBA asks the SPBL to end a download session and sign the cancellation.
///
/// ```asn1
/// CancelSpbSessionRequest ::= [4102] SEQUENCE { -- Tag 'BFA006'
///     transactionId [0] TransactionId,
///     reason [1] CancelSpbSessionReason
/// }
/// ```
public struct CancelSpbSessionRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA006`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA006) }

    public var transactionId: TransactionId
    public var reason: CancelSpbSessionReason

    public init(transactionId: TransactionId, reason: CancelSpbSessionReason) {
        self.transactionId = transactionId
        self.reason = reason
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            CancelSpbSessionRequest(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                reason: try DER.field(&nodes, "reason", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try reason.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
