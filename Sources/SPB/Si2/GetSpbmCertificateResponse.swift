import SGP22
import SwiftASN1
import X509

/// The SPB Manager's certificates under the family CI it chose among those the SPBL trusts.
///
/// ```asn1
/// GetSpbmCertificateResponse ::= [4224] SEQUENCE { -- Tag 'BFA100'
///     ciPKIdToBeUsed [0] SubjectKeyIdentifier,
///     spbmSigningCertificate Certificate,
///     spbmKeyAgreementCertificate Certificate
/// }
/// ```
public struct GetSpbmCertificateResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA100`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA100) }

    /// The family CI both certificates chain to.
    public var ciPKIdToBeUsed: [UInt8]
    /// CERT.SPBM.ECDSA.
    public var spbmSigningCertificate: Certificate
    /// CERT.SPBM.ECKA.
    public var spbmKeyAgreementCertificate: Certificate

    public init(ciPKIdToBeUsed: [UInt8], spbmSigningCertificate: Certificate, spbmKeyAgreementCertificate: Certificate)
    {
        self.ciPKIdToBeUsed = ciPKIdToBeUsed
        self.spbmSigningCertificate = spbmSigningCertificate
        self.spbmKeyAgreementCertificate = spbmKeyAgreementCertificate
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetSpbmCertificateResponse(
                ciPKIdToBeUsed: try DER.octets(&nodes, "ciPKIdToBeUsed", identifier: .context(0), size: 1...64),
                spbmSigningCertificate: try DER.field(&nodes, "spbmSigningCertificate"),
                spbmKeyAgreementCertificate: try DER.field(&nodes, "spbmKeyAgreementCertificate"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(ciPKIdToBeUsed, identifier: .context(0))
            try coder.serialize(spbmSigningCertificate)
            try coder.serialize(spbmKeyAgreementCertificate)
        }
    }
}
