import SwiftASN1

/// The part of the eUICC's answer to ES10b.PrepareDownload that it signs (euiccSignature2).
///
/// v3.1's `additionalInformation` and anything newer are not modelled; a received value keeps
/// them in its preserved encoding, so `signedBytes(smdpSignature2:)` stays exact.
///
/// ```asn1
/// EUICCSigned2 ::= SEQUENCE {
///     transactionId  [0] TransactionId,
///     euiccOtpk      [APPLICATION 73] OCTET STRING, -- otPK.EUICC.ECKA, tag '5F49'
///     hashCc         Octet32 OPTIONAL -- Hash of confirmation code
/// }
/// ```
public struct EUICCSigned2: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId { didSet { received = nil } }
    /// The eUICC's one-time public key for key agreement (uncompressed point, `04‖x‖y`).
    public var euiccOtpk: [UInt8] { didSet { received = nil } }
    /// The confirmation code hash, when the request carried one (32 octets).
    public var hashCc: [UInt8]? { didSet { received = nil } }

    private var received: ReceivedEncoding?

    public init(transactionId: TransactionId, euiccOtpk: [UInt8], hashCc: [UInt8]? = nil) {
        self.transactionId = transactionId
        self.euiccOtpk = euiccOtpk
        self.hashCc = hashCc
    }

    /// The bytes euiccSignature2 covers: the DER of this value followed by the whole
    /// smdpSignature2 TLV (`5F37 40 …`) from the PrepareDownload request.
    public func signedBytes(smdpSignature2: [UInt8]) throws -> [UInt8] {
        try derBytes() + SignedDataTLV.signature(smdpSignature2)
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EUICCSigned2(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                euiccOtpk: try DER.octets(&nodes, identifier: .application(73)),
                hashCc: try DER.optionalOctets(&nodes, identifier: .octetString, size: 32...32))
        }
        received = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: received, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try transactionId.serialize(into: &coder, withIdentifier: .context(0))
                try coder.serializeOctets(euiccOtpk, identifier: .application(73))
                try coder.serializeOptionalOctets(hashCc, identifier: .octetString)
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: EUICCSigned2, rhs: EUICCSigned2) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
