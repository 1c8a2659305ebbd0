import SGP22
import SwiftASN1
import X509

/// Si3.AuthenticateSpbm: the SPB Manager's signed challenge and certificates, relayed by the LBA to the SPBL.
///
/// The SPBL checks both certificates against the family CI named by `ciPKIdToBeUsed`, the signature, its
/// own challenge and the key-agreement certificate's hash in ``SpbmSigned1``.
///
/// ```asn1
/// AuthenticateSpbmRequest ::= [4098] SEQUENCE { -- Tag 'BFA002'
///     spbmSigned1 SpbmSigned1,
///     spbmSignature1 [APPLICATION 55] OCTET STRING, -- tag '5F37', ECDSA r||s over the DER of spbmSigned1
///     ciPKIdToBeUsed SubjectKeyIdentifier,
///     spbmSigningCertificate Certificate,
///     spbmKeyAgreementCertificate Certificate
/// }
/// ```
public struct AuthenticateSpbmRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA002`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA002) }

    public var spbmSigned1: SpbmSigned1
    /// The SPB Manager's signature over `spbmSigned1`, raw r‖s.
    public var spbmSignature1: [UInt8]
    /// The family CI both SPB Manager certificates chain to.
    public var ciPKIdToBeUsed: [UInt8]
    /// CERT.SPBM.ECDSA.
    public var spbmSigningCertificate: Certificate
    /// CERT.SPBM.ECKA.
    public var spbmKeyAgreementCertificate: Certificate

    public init(
        spbmSigned1: SpbmSigned1,
        spbmSignature1: [UInt8],
        ciPKIdToBeUsed: [UInt8],
        spbmSigningCertificate: Certificate,
        spbmKeyAgreementCertificate: Certificate
    ) {
        self.spbmSigned1 = spbmSigned1
        self.spbmSignature1 = spbmSignature1
        self.ciPKIdToBeUsed = ciPKIdToBeUsed
        self.spbmSigningCertificate = spbmSigningCertificate
        self.spbmKeyAgreementCertificate = spbmKeyAgreementCertificate
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateSpbmRequest(
                spbmSigned1: try DER.field(&nodes, "spbmSigned1"),
                spbmSignature1: try DER.signature(&nodes, "spbmSignature1"),
                ciPKIdToBeUsed: try DER.octets(&nodes, "ciPKIdToBeUsed", identifier: .octetString, size: 1...64),
                spbmSigningCertificate: try DER.field(&nodes, "spbmSigningCertificate"),
                spbmKeyAgreementCertificate: try DER.field(&nodes, "spbmKeyAgreementCertificate"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(spbmSigned1)
            try coder.serializeOctets(spbmSignature1, identifier: .application(55))
            try coder.serializeOctets(ciPKIdToBeUsed, identifier: .octetString)
            try coder.serialize(spbmSigningCertificate)
            try coder.serialize(spbmKeyAgreementCertificate)
        }
    }
}
