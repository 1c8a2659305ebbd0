import SGP22
import SwiftASN1
import X509

/// The SPBL's signed answer to a successful Si3.AuthenticateSpbm, relayed by the LBA to Si2.AuthenticateSsp.
///
/// ```asn1
/// AuthenticateSpbmResponseOk ::= SEQUENCE {
///     spblSigned1 SpblSigned1,
///     spblSignature1 [APPLICATION 55] OCTET STRING, -- tag '5F37', over the DER of spblSigned1
///     spblCertificate Certificate,
///     isspMakerCertificate Certificate,
///     encryptedToken [0] SEQUENCE OF [7] OCTET STRING -- BSP segments '87' carrying the DER of SpblToken
/// }
/// ```
public struct AuthenticateSpbmResponseOk: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var spblSigned1: SpblSigned1
    /// The SPBL's signature over `spblSigned1`, raw r‖s.
    public var spblSignature1: [UInt8]
    /// CERT.SPBL.ECDSA.
    public var spblCertificate: Certificate
    /// CERT.MAKER.ECDSA, which issued `spblCertificate`.
    public var isspMakerCertificate: Certificate
    /// The contents of the `87` segments that carry the encrypted ``SpblToken``.
    public var encryptedToken: [[UInt8]]

    public init(
        spblSigned1: SpblSigned1,
        spblSignature1: [UInt8],
        spblCertificate: Certificate,
        isspMakerCertificate: Certificate,
        encryptedToken: [[UInt8]]
    ) {
        self.spblSigned1 = spblSigned1
        self.spblSignature1 = spblSignature1
        self.spblCertificate = spblCertificate
        self.isspMakerCertificate = isspMakerCertificate
        self.encryptedToken = encryptedToken
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateSpbmResponseOk(
                spblSigned1: try DER.field(&nodes, "spblSigned1"),
                spblSignature1: try DER.signature(&nodes, "spblSignature1"),
                spblCertificate: try DER.field(&nodes, "spblCertificate"),
                isspMakerCertificate: try DER.field(&nodes, "isspMakerCertificate"),
                encryptedToken: try DER.taggedOctetsList(
                    &nodes, "encryptedToken", identifier: .context(0), element: .context(7)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(spblSigned1)
            try coder.serializeOctets(spblSignature1, identifier: .application(55))
            try coder.serialize(spblCertificate)
            try coder.serialize(isspMakerCertificate)
            try coder.serializeTaggedOctetsList(encryptedToken, identifier: .context(0), element: .context(7))
        }
    }
}
