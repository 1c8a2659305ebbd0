import SGP22
import SwiftASN1
import X509

/// The plaintext of the SPBL's token: its identity, encrypted for the SPB Manager's key-agreement key.
///
/// Only the holder of SK.SPBM.ECKA can open it; opening it proves to the SPB Manager that the SPBL holds
/// the ephemeral key signed in ``SpblSigned1`` and that both ends derived the same key.
///
/// ```asn1
/// SpblToken ::= SEQUENCE {
///     transactionId [0] TransactionId,
///     platformId [1] PrimaryPlatformId,
///     spblCertificate Certificate
/// }
/// ```
public struct SpblToken: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId
    /// The SSP ID.
    public var platformId: PrimaryPlatformId
    public var spblCertificate: Certificate

    public init(transactionId: TransactionId, platformId: PrimaryPlatformId, spblCertificate: Certificate) {
        self.transactionId = transactionId
        self.platformId = platformId
        self.spblCertificate = spblCertificate
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpblToken(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                platformId: try DER.field(&nodes, "platformId", identifier: .context(1)),
                spblCertificate: try DER.field(&nodes, "spblCertificate"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try platformId.serialize(into: &coder, withIdentifier: .context(1))
            try coder.serialize(spblCertificate)
        }
    }
}
