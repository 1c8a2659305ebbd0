import SGP22
import SwiftASN1

/// The SPB Manager's signed challenge for the SPBL; with the certificates from Si2.GetSpbmCertificate the
/// LBA builds Si3.AuthenticateSpbm from it.
///
/// ```asn1
/// InitiateSpbDownloadResponse ::= [4225] SEQUENCE { -- Tag 'BFA101'
///     transactionId [0] TransactionId,
///     spbmSigned1 SpbmSigned1,
///     spbmSignature1 [APPLICATION 55] OCTET STRING
/// }
/// ```
public struct InitiateSpbDownloadResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA101`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA101) }

    /// The session the SPB Manager opened.
    public var transactionId: TransactionId
    public var spbmSigned1: SpbmSigned1
    /// The SPB Manager's signature over `spbmSigned1`, raw r‖s.
    public var spbmSignature1: [UInt8]

    public init(transactionId: TransactionId, spbmSigned1: SpbmSigned1, spbmSignature1: [UInt8]) {
        self.transactionId = transactionId
        self.spbmSigned1 = spbmSigned1
        self.spbmSignature1 = spbmSignature1
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            InitiateSpbDownloadResponse(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                spbmSigned1: try DER.field(&nodes, "spbmSigned1"),
                spbmSignature1: try DER.signature(&nodes, "spbmSignature1"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serialize(spbmSigned1)
            try coder.serializeOctets(spbmSignature1, identifier: .application(55))
        }
    }
}
