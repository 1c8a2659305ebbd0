import SGP22
import SwiftASN1

/// The part of the SPBL's answer to Si3.AuthenticateSpbm that it signs (spblSignature1): the session,
/// both challenges, the SPBL's ephemeral key-agreement key and its identity.
///
/// ```asn1
/// SpblSigned1 ::= SEQUENCE {
///     transactionId [0] TransactionId,
///     spbmChallenge [1] Octet16,
///     spblChallenge [2] Octet16,
///     spbmAddress [3] UTF8String (SIZE (1..255)),
///     spblOtpk [APPLICATION 73] OCTET STRING,       -- tag '5F49', otPK.SPBL.ECKA, uncompressed point
///     platformId [4] PrimaryPlatformId,
///     spblInfo SpblInfo
/// }
/// ```
public struct SpblSigned1: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId { didSet { preserved = nil } }
    public var spbmChallenge: [UInt8] { didSet { preserved = nil } }
    public var spblChallenge: [UInt8] { didSet { preserved = nil } }
    public var spbmAddress: String { didSet { preserved = nil } }
    /// otPK.SPBL.ECKA: the SPBL's ephemeral public key, `04 ‖ X ‖ Y`.
    public var spblOtpk: [UInt8] { didSet { preserved = nil } }
    public var platformId: PrimaryPlatformId { didSet { preserved = nil } }
    public var spblInfo: SpblInfo { didSet { preserved = nil } }

    private var preserved: ReceivedEncoding?

    public init(
        transactionId: TransactionId,
        spbmChallenge: [UInt8],
        spblChallenge: [UInt8],
        spbmAddress: String,
        spblOtpk: [UInt8],
        platformId: PrimaryPlatformId,
        spblInfo: SpblInfo
    ) {
        self.transactionId = transactionId
        self.spbmChallenge = spbmChallenge
        self.spblChallenge = spblChallenge
        self.spbmAddress = spbmAddress
        self.spblOtpk = spblOtpk
        self.platformId = platformId
        self.spblInfo = spblInfo
    }

    /// The bytes spblSignature1 covers: the DER of this value as the SPBL sent it.
    public func signedBytes() throws -> [UInt8] {
        try derBytes()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpblSigned1(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                spbmChallenge: try DER.octets(&nodes, "spbmChallenge", identifier: .context(1), size: 16...16),
                spblChallenge: try DER.octets(&nodes, "spblChallenge", identifier: .context(2), size: 16...16),
                spbmAddress: try DER.utf8String(&nodes, "spbmAddress", identifier: .context(3), size: 1...255),
                spblOtpk: try DER.publicKeyPoint(&nodes, "spblOtpk"),
                platformId: try DER.field(&nodes, "platformId", identifier: .context(4)),
                spblInfo: try DER.field(&nodes, "spblInfo"))
        }
        preserved = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: preserved, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try transactionId.serialize(into: &coder, withIdentifier: .context(0))
                try coder.serializeOctets(spbmChallenge, identifier: .context(1))
                try coder.serializeOctets(spblChallenge, identifier: .context(2))
                try coder.serializeUTF8String(spbmAddress, identifier: .context(3))
                try coder.serializeOctets(spblOtpk, identifier: .application(73))
                try platformId.serialize(into: &coder, withIdentifier: .context(4))
                try coder.serialize(spblInfo)
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: SpblSigned1, rhs: SpblSigned1) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
