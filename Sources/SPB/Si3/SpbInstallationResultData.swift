import SGP22
import SwiftASN1

/// What the SPBL signs when it reports the end of Si3.LoadBoundSpbInfo (like SGP.22's
/// ProfileInstallationResultData).
///
/// ```asn1
/// SpbInstallationResultData ::= SEQUENCE {
///     transactionId [0] TransactionId,
///     seqNumber [1] INTEGER (0..MAX),
///     spbmAddress [2] UTF8String (SIZE (1..255)),
///     spbId [3] SpbId OPTIONAL,
///     outcome [4] SpbInstallationOutcome,
///     platformId [5] PrimaryPlatformId
/// }
/// ```
public struct SpbInstallationResultData: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId { didSet { preserved = nil } }
    /// The SPBL's notification counter.
    public var seqNumber: Int { didSet { preserved = nil } }
    public var spbmAddress: String { didSet { preserved = nil } }
    /// The bundle, when the image header could be read.
    public var spbId: SpbId? { didSet { preserved = nil } }
    public var outcome: SpbInstallationOutcome { didSet { preserved = nil } }
    public var platformId: PrimaryPlatformId { didSet { preserved = nil } }

    private var preserved: ReceivedEncoding?

    public init(
        transactionId: TransactionId,
        seqNumber: Int,
        spbmAddress: String,
        spbId: SpbId?,
        outcome: SpbInstallationOutcome,
        platformId: PrimaryPlatformId
    ) {
        self.transactionId = transactionId
        self.seqNumber = seqNumber
        self.spbmAddress = spbmAddress
        self.spbId = spbId
        self.outcome = outcome
        self.platformId = platformId
    }

    /// The bytes the SPBL's signature covers: the DER of this value as it was sent.
    public func signedBytes() throws -> [UInt8] {
        try derBytes()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let transactionId: TransactionId = try DER.field(&nodes, "transactionId", identifier: .context(0))
            let seqNumber = try DER.integer(&nodes, "seqNumber", identifier: .context(1))
            let spbmAddress = try DER.utf8String(&nodes, "spbmAddress", identifier: .context(2), size: 1...255)
            let spbId: SpbId? = try DER.optionalField(&nodes, "spbId", identifier: .context(3))
            guard let outcomeNode = nodes.next() else {
                throw ASN1Error.invalidASN1Object(reason: "missing mandatory component outcome [4]")
            }
            let outcome = try SpbInstallationOutcome(
                derEncoded: try DER.explicitChild(outcomeNode, "outcome", identifier: .context(4)))
            return SpbInstallationResultData(
                transactionId: transactionId, seqNumber: seqNumber, spbmAddress: spbmAddress, spbId: spbId,
                outcome: outcome, platformId: try DER.field(&nodes, "platformId", identifier: .context(5)))
        }
        preserved = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: preserved, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try transactionId.serialize(into: &coder, withIdentifier: .context(0))
                try seqNumber.serialize(into: &coder, withIdentifier: .context(1))
                try coder.serializeUTF8String(spbmAddress, identifier: .context(2))
                try spbId?.serialize(into: &coder, withIdentifier: .context(3))
                try coder.appendConstructedNode(identifier: .context(4)) { coder in
                    try coder.serialize(outcome)
                }
                try platformId.serialize(into: &coder, withIdentifier: .context(5))
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: SpbInstallationResultData, rhs: SpbInstallationResultData) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
