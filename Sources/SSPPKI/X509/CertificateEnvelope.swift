import SwiftASN1

/// The outer structure of an X.509 certificate (RFC 5280 §4.1):
///
/// ```
/// Certificate  ::=  SEQUENCE  {
///      tbsCertificate       TBSCertificate,
///      signatureAlgorithm   AlgorithmIdentifier,
///      signatureValue       BIT STRING  }
/// ```
///
/// Keeps the exact bytes of `tbsCertificate`, which are what the issuer signed.
struct CertificateEnvelope: DERImplicitlyTaggable, Hashable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var tbsCertificate: TBSCertificateFields
    var tbsCertificateBytes: ArraySlice<UInt8>
    var signatureAlgorithm: AlgorithmIdentifierFields
    var signatureValue: ASN1BitString

    init(
        tbsCertificate: TBSCertificateFields, tbsCertificateBytes: ArraySlice<UInt8>,
        signatureAlgorithm: AlgorithmIdentifierFields, signatureValue: ASN1BitString
    ) {
        self.tbsCertificate = tbsCertificate
        self.tbsCertificateBytes = tbsCertificateBytes
        self.signatureAlgorithm = signatureAlgorithm
        self.signatureValue = signatureValue
    }

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            guard let tbsNode = nodes.next() else {
                throw ASN1Error.invalidASN1Object(reason: "certificate has no tbsCertificate")
            }
            let tbs = try TBSCertificateFields(derEncoded: tbsNode)
            let algorithm = try AlgorithmIdentifierFields(derEncoded: &nodes)
            let signature = try ASN1BitString(derEncoded: &nodes)
            return CertificateEnvelope(
                tbsCertificate: tbs, tbsCertificateBytes: tbsNode.encodedBytes,
                signatureAlgorithm: algorithm, signatureValue: signature
            )
        }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            coder.serializeRawBytes(tbsCertificateBytes)
            try coder.serialize(signatureAlgorithm)
            try coder.serialize(signatureValue)
        }
    }
}
