import SwiftASN1
import X509

/// The eUICC's signed answer to a successful ES10b.AuthenticateServer.
///
/// SGP.22 v3.1 calls the second certificate `nextCertInChain` and may append
/// `otherCertsInChain [0]`; that is skipped when read.
///
/// ```asn1
/// AuthenticateResponseOk ::= SEQUENCE {
///     euiccSigned1   EuiccSigned1, -- Signed information
///     euiccSignature1 [APPLICATION 55] OCTET STRING, --EUICC_Sign1, tag 5F37
///     euiccCertificate Certificate, -- eUICC Certificate (CERT.EUICC.ECDSA) signed by the EUM
///     eumCertificate Certificate -- EUM Certificate (CERT.EUM.ECDSA) signed by the requested CI
/// }
/// ```
public struct AuthenticateResponseOk: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var euiccSigned1: EuiccSigned1
    /// The eUICC's signature over `euiccSigned1`, raw r‖s.
    public var euiccSignature1: [UInt8]
    /// CERT.EUICC.ECDSA.
    public var euiccCertificate: Certificate
    /// CERT.EUM.ECDSA, which signed `euiccCertificate`.
    public var eumCertificate: Certificate

    public init(
        euiccSigned1: EuiccSigned1,
        euiccSignature1: [UInt8],
        euiccCertificate: Certificate,
        eumCertificate: Certificate
    ) {
        self.euiccSigned1 = euiccSigned1
        self.euiccSignature1 = euiccSignature1
        self.euiccCertificate = euiccCertificate
        self.eumCertificate = eumCertificate
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateResponseOk(
                euiccSigned1: try DER.field(&nodes, "euiccSigned1"),
                euiccSignature1: try DER.octets(&nodes, identifier: .application(55)),
                euiccCertificate: try DER.field(&nodes, "euiccCertificate"),
                eumCertificate: try DER.field(&nodes, "eumCertificate"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(euiccSigned1)
            try coder.serializeOctets(euiccSignature1, identifier: .application(55))
            try coder.serialize(euiccCertificate)
            try coder.serialize(eumCertificate)
        }
    }
}
