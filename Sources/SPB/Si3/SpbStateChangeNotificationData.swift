import SGP22
import SwiftASN1

/// What the SPBL signs when a bundle changes state.
///
/// ```asn1
/// SpbStateChangeNotificationData ::= SEQUENCE {
///     seqNumber [0] INTEGER (0..MAX),
///     spbId [1] SpbId,
///     newState [2] SpbState,
///     spbmAddress [3] UTF8String (SIZE (1..255)),
///     platformId [4] PrimaryPlatformId
/// }
/// ```
public struct SpbStateChangeNotificationData: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The SPBL's notification counter.
    public var seqNumber: Int { didSet { preserved = nil } }
    public var spbId: SpbId { didSet { preserved = nil } }
    public var newState: SpbState { didSet { preserved = nil } }
    /// The SPB Manager to notify (from the bundle's metadata).
    public var spbmAddress: String { didSet { preserved = nil } }
    public var platformId: PrimaryPlatformId { didSet { preserved = nil } }

    private var preserved: ReceivedEncoding?

    public init(seqNumber: Int, spbId: SpbId, newState: SpbState, spbmAddress: String, platformId: PrimaryPlatformId) {
        self.seqNumber = seqNumber
        self.spbId = spbId
        self.newState = newState
        self.spbmAddress = spbmAddress
        self.platformId = platformId
    }

    /// The bytes the SPBL's signature covers: the DER of this value as it was sent.
    public func signedBytes() throws -> [UInt8] {
        try derBytes()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpbStateChangeNotificationData(
                seqNumber: try DER.integer(&nodes, "seqNumber", identifier: .context(0)),
                spbId: try DER.field(&nodes, "spbId", identifier: .context(1)),
                newState: try DER.field(&nodes, "newState", identifier: .context(2)),
                spbmAddress: try DER.utf8String(&nodes, "spbmAddress", identifier: .context(3), size: 1...255),
                platformId: try DER.field(&nodes, "platformId", identifier: .context(4)))
        }
        preserved = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: preserved, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try seqNumber.serialize(into: &coder, withIdentifier: .context(0))
                try spbId.serialize(into: &coder, withIdentifier: .context(1))
                try newState.serialize(into: &coder, withIdentifier: .context(2))
                try coder.serializeUTF8String(spbmAddress, identifier: .context(3))
                try platformId.serialize(into: &coder, withIdentifier: .context(4))
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: SpbStateChangeNotificationData, rhs: SpbStateChangeNotificationData) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
