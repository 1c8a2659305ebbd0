import SGP22
import SwiftASN1

/// The SPB Manager has closed the session.
///
/// ```asn1
/// Si2CancelSpbSessionResponse ::= [4229] SEQUENCE { -- Tag 'BFA105'
///     transactionId [0] TransactionId
/// }
/// ```
public struct Si2CancelSpbSessionResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA105`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA105) }

    public var transactionId: TransactionId

    public init(transactionId: TransactionId) {
        self.transactionId = transactionId
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            Si2CancelSpbSessionResponse(transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
