import SwiftASN1
import X509

/// ES10b.PrepareDownload: the SM-DP+'s signed request for a one-time key, relayed by the LPA.
///
/// ```asn1
/// PrepareDownloadRequest ::= [33] SEQUENCE { -- Tag 'BF21'
///     smdpSigned2    SmdpSigned2, -- Signed information
///     smdpSignature2 [APPLICATION 55] OCTET STRING, -- DP_Sign1, tag '5F37'
///     hashCc         Octet32 OPTIONAL, -- Hash of confirmation code
///     smdpCertificate Certificate -- CERT.DPpb.ECDSA
/// }
/// ```
/// Components carry their own tags (`30`, `5F37`, `04`, `30`).
public struct PrepareDownloadRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF21`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF21) }

    public var smdpSigned2: SmdpSigned2
    /// The SM-DP+'s signature over smdpSigned2 and euiccSignature1, raw r‖s.
    public var smdpSignature2: [UInt8]
    /// SHA-256(SHA-256(confirmation code) ‖ transactionId), when a code is required (32 octets).
    public var hashCc: [UInt8]?
    /// CERT.DPpb.ECDSA.
    public var smdpCertificate: Certificate

    public init(
        smdpSigned2: SmdpSigned2, smdpSignature2: [UInt8], hashCc: [UInt8]? = nil, smdpCertificate: Certificate
    ) {
        self.smdpSigned2 = smdpSigned2
        self.smdpSignature2 = smdpSignature2
        self.hashCc = hashCc
        self.smdpCertificate = smdpCertificate
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            PrepareDownloadRequest(
                smdpSigned2: try DER.field(&nodes, "smdpSigned2"),
                smdpSignature2: try DER.octets(&nodes, identifier: .application(55)),
                hashCc: try DER.optionalOctets(&nodes, identifier: .octetString, size: 32...32),
                smdpCertificate: try DER.field(&nodes, "smdpCertificate"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(smdpSigned2)
            try coder.serializeOctets(smdpSignature2, identifier: .application(55))
            try coder.serializeOptionalOctets(hashCc, identifier: .octetString)
            try coder.serialize(smdpCertificate)
        }
    }
}
