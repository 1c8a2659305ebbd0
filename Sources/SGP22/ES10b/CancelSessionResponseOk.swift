import SwiftASN1

/// The eUICC's signed confirmation that it cancelled a session.
///
/// `euiccCancelSessionSignature` covers the DER of `euiccCancelSessionSigned`.
///
/// ```asn1
/// CancelSessionResponseOk ::= SEQUENCE {
///     euiccCancelSessionSigned EuiccCancelSessionSigned, -- Signed information
///     euiccCancelSessionSignature [APPLICATION 55] OCTET STRING -- tag '5F37'
/// }
/// ```
public struct CancelSessionResponseOk: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var euiccCancelSessionSigned: EuiccCancelSessionSigned
    /// ECDSA signature as raw r‖s (64 octets for P-256).
    public var euiccCancelSessionSignature: [UInt8]

    public init(euiccCancelSessionSigned: EuiccCancelSessionSigned, euiccCancelSessionSignature: [UInt8]) {
        self.euiccCancelSessionSigned = euiccCancelSessionSigned
        self.euiccCancelSessionSignature = euiccCancelSessionSignature
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            CancelSessionResponseOk(
                euiccCancelSessionSigned: try DER.field(&nodes, "euiccCancelSessionSigned"),
                euiccCancelSessionSignature: try DER.octets(&nodes, identifier: .application(55)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(euiccCancelSessionSigned)
            try coder.serializeOctets(euiccCancelSessionSignature, identifier: .application(55))
        }
    }
}
