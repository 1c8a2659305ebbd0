import SGP22
import SwiftASN1

/// The SPB Manager has authenticated the SSP and names the bundle it will deliver, for the user's consent.
///
/// ```asn1
/// AuthenticateSspResponse ::= [4226] SEQUENCE { -- Tag 'BFA102'
///     transactionId [0] TransactionId,
///     spbMetadata SpbMetadata -- the bundle that GetBoundSpb will deliver, for the end user's consent
/// }
/// ```
public struct AuthenticateSspResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA102`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA102) }

    public var transactionId: TransactionId
    public var spbMetadata: SpbMetadata

    public init(transactionId: TransactionId, spbMetadata: SpbMetadata) {
        self.transactionId = transactionId
        self.spbMetadata = spbMetadata
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateSspResponse(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                spbMetadata: try DER.field(&nodes, "spbMetadata"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serialize(spbMetadata)
        }
    }
}
