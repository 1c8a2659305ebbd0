import SGP22
import SwiftASN1

/// The clear, signed part of a bound SPB image: the session, the bundle's metadata and the SPB Manager's
/// ephemeral key, like SGP.22's InitialiseSecureChannel plus StoreMetadata.
///
/// The SPB Manager signs the DER of this header followed by the SPBL's ephemeral key as a `5F49` TLV
/// (``BoundSpbImage/spbmSignature2``), so the image opens only in the session it was made for.
///
/// ```asn1
/// BoundSpbImageHeader ::= SEQUENCE {
///     transactionId [0] TransactionId,
///     spbMetadata SpbMetadata,
///     controlRefTemplate [6] ControlRefTemplate, -- keyType '88', keyLen '10', hostId
///     spbmOtpk [APPLICATION 73] OCTET STRING     -- tag '5F49', otPK.SPBM.ECKA, uncompressed point
/// }
/// ```
public struct BoundSpbImageHeader: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId { didSet { preserved = nil } }
    /// The bundle's metadata, in the state it is installed in.
    public var spbMetadata: SpbMetadata { didSet { preserved = nil } }
    /// Key type, key length and host ID of the image keys' derivation.
    public var controlRefTemplate: ControlRefTemplate { didSet { preserved = nil } }
    /// otPK.SPBM.ECKA, `04 ‖ X ‖ Y`.
    public var spbmOtpk: [UInt8] { didSet { preserved = nil } }

    private var preserved: ReceivedEncoding?

    public init(
        transactionId: TransactionId,
        spbMetadata: SpbMetadata,
        controlRefTemplate: ControlRefTemplate,
        spbmOtpk: [UInt8]
    ) {
        self.transactionId = transactionId
        self.spbMetadata = spbMetadata
        self.controlRefTemplate = controlRefTemplate
        self.spbmOtpk = spbmOtpk
    }

    /// The bytes spbmSignature2 covers: the DER of this header as sent, then `5F49 L spblOtpk`.
    public func signedBytes(spblOtpk: [UInt8]) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(self)
        try serializer.serializeOctets(spblOtpk, identifier: .application(73))
        return serializer.serializedBytes
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            BoundSpbImageHeader(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                spbMetadata: try DER.field(&nodes, "spbMetadata"),
                controlRefTemplate: try DER.field(&nodes, "controlRefTemplate", identifier: .context(6)),
                spbmOtpk: try DER.publicKeyPoint(&nodes, "spbmOtpk"))
        }
        preserved = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: preserved, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try transactionId.serialize(into: &coder, withIdentifier: .context(0))
                try coder.serialize(spbMetadata)
                try controlRefTemplate.serialize(into: &coder, withIdentifier: .context(6))
                try coder.serializeOctets(spbmOtpk, identifier: .application(73))
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: BoundSpbImageHeader, rhs: BoundSpbImageHeader) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
