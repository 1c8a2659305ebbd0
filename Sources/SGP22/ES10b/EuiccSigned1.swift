import SwiftASN1

/// The part of the eUICC's answer to ES10b.AuthenticateServer that it signs (euiccSignature1).
///
/// ```asn1
/// EuiccSigned1 ::= SEQUENCE {
///     transactionId  [0] TransactionId,
///     serverAddress  [3] UTF8String,
///     serverChallenge [4] Octet16, -- The RSP Server Challenge
///     euiccInfo2     [34] EUICCInfo2,
///     ctxParams1     CtxParams1
/// }
/// ```
public struct EuiccSigned1: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId { didSet { received = nil } }
    /// The RSP server's address, copied from serverSigned1.
    public var serverAddress: String { didSet { received = nil } }
    /// The server's 16-byte challenge, copied from serverSigned1.
    public var serverChallenge: [UInt8] { didSet { received = nil } }
    /// `BF22`.
    public var euiccInfo2: EUICCInfo2 { didSet { received = nil } }
    public var ctxParams1: CtxParams1 { didSet { received = nil } }

    private var received: ReceivedEncoding?

    public init(
        transactionId: TransactionId,
        serverAddress: String,
        serverChallenge: [UInt8],
        euiccInfo2: EUICCInfo2,
        ctxParams1: CtxParams1
    ) {
        self.transactionId = transactionId
        self.serverAddress = serverAddress
        self.serverChallenge = serverChallenge
        self.euiccInfo2 = euiccInfo2
        self.ctxParams1 = ctxParams1
    }

    /// The bytes euiccSignature1 covers: the DER of this value as the eUICC sent it.
    public func signedBytes() throws -> [UInt8] {
        try derBytes()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EuiccSigned1(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                serverAddress: try DER.utf8String(&nodes, "serverAddress", identifier: .context(3)),
                serverChallenge: try DER.octets(&nodes, identifier: .context(4), size: 16...16),
                euiccInfo2: try DER.field(&nodes, "euiccInfo2"),
                ctxParams1: try DER.untaggedChoice(&nodes, "ctxParams1"))
        }
        received = ReceivedEncoding(node)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serialize(preserving: received, identifier: identifier) { coder in
            try coder.appendConstructedNode(identifier: identifier) { coder in
                try transactionId.serialize(into: &coder, withIdentifier: .context(0))
                try coder.serializeUTF8String(serverAddress, identifier: .context(3))
                try coder.serializeOctets(serverChallenge, identifier: .context(4))
                try coder.serialize(euiccInfo2)
                try coder.serialize(ctxParams1)
            }
        }
    }

    /// Two values are equal when they put the same bytes on the wire.
    public static func == (lhs: EuiccSigned1, rhs: EuiccSigned1) -> Bool {
        lhs.encodedForComparison == rhs.encodedForComparison
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(encodedForComparison)
    }
}
