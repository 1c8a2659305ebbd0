import SGP22
import SwiftASN1

/// What the SPBL signs when it cancels a session, so that the SPB Manager can trust the cancellation.
///
/// ```asn1
/// SpblCancelSessionSigned ::= SEQUENCE {
///     transactionId [0] TransactionId,
///     spbmAddress [1] UTF8String (SIZE (1..255)),
///     reason [2] CancelSpbSessionReason
/// }
/// ```
public struct SpblCancelSessionSigned: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId { didSet { preserved = nil } }
    public var spbmAddress: String { didSet { preserved = nil } }
    public var reason: CancelSpbSessionReason { didSet { preserved = nil } }

    private var preserved: ReceivedEncoding?

    public init(transactionId: TransactionId, spbmAddress: String, reason: CancelSpbSessionReason) {
        self.transactionId = transactionId
        self.spbmAddress = spbmAddress
        self.reason = reason
    }

    /// The bytes the SPBL's signature covers: the DER of this value as it was sent.
    public func signedBytes() throws -> [UInt8] {
        try derBytes()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpblCancelSessionSigned(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                spbmAddress: try DER.utf8String(&nodes, "spbmAddress", identifier: .context(1), size: 1...255),
                reason: try DER.field(&nodes, "reason", identifier: .context(2)))
        }
        preserved = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: preserved, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try transactionId.serialize(into: &coder, withIdentifier: .context(0))
                try coder.serializeUTF8String(spbmAddress, identifier: .context(1))
                try reason.serialize(into: &coder, withIdentifier: .context(2))
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: SpblCancelSessionSigned, rhs: SpblCancelSessionSigned) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
