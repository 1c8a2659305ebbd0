import SwiftASN1

/// The part of a cancel-session answer the eUICC signs.
///
/// ```asn1
/// EuiccCancelSessionSigned ::= SEQUENCE {
///     transactionId  TransactionId,
///     smdpOid        OBJECT IDENTIFIER, -- SM-DP+ OID as contained in CERT.DPauth.ECDSA
///     reason         CancelSessionReason
/// }
/// ```
/// Automatic tagging makes the components `80`, `81`, `82`.
public struct EuiccCancelSessionSigned: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId
    /// The SM-DP+ OID from CERT.DPauth.
    public var smdpOid: ASN1ObjectIdentifier
    public var reason: CancelSessionReason

    public init(transactionId: TransactionId, smdpOid: ASN1ObjectIdentifier, reason: CancelSessionReason) {
        self.transactionId = transactionId
        self.smdpOid = smdpOid
        self.reason = reason
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EuiccCancelSessionSigned(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                smdpOid: try DER.field(&nodes, "smdpOid", identifier: .context(1)),
                reason: try DER.field(&nodes, "reason", identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try smdpOid.serialize(into: &coder, withIdentifier: .context(1))
            try reason.serialize(into: &coder, withIdentifier: .context(2))
        }
    }
}
