import SwiftASN1

/// The key agreement parameters of InitialiseSecureChannel (a subset of GlobalPlatform's CRT).
///
/// InitialiseSecureChannelRequest carries it under `[6] IMPLICIT`, tag `A6`.
///
/// ```asn1
/// ControlRefTemplate ::= SEQUENCE {
///     keyType        [0] Octet1, -- Key type according to GlobalPlatform Card Specification [8]
///                                -- Table 11-16, AES= '88', Tag '80'
///     keyLen         [1] Octet1, --Key length in number of bytes. For current specification key length
///                                -- SHALL by 0x10 bytes, Tag '81'
///     hostId         [4] OctetTo16 -- Host ID value , Tag '84'
/// }
/// ```
public struct ControlRefTemplate: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// GlobalPlatform key type: `0x88` for AES.
    public var keyType: UInt8
    /// Key length in bytes: `0x10`.
    public var keyLen: UInt8
    /// The host identifier that also enters the key derivation (1 to 16 octets).
    public var hostId: [UInt8]

    public init(keyType: UInt8 = 0x88, keyLen: UInt8 = 0x10, hostId: [UInt8]) {
        self.keyType = keyType
        self.keyLen = keyLen
        self.hostId = hostId
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let keyType = try DER.octets(&nodes, identifier: .context(0), size: 1...1)
            let keyLen = try DER.octets(&nodes, identifier: .context(1), size: 1...1)
            return ControlRefTemplate(
                keyType: keyType[0],
                keyLen: keyLen[0],
                hostId: try DER.octets(&nodes, identifier: .context(4), size: 1...16))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets([keyType], identifier: .context(0))
            try coder.serializeOctets([keyLen], identifier: .context(1))
            try coder.serializeOctets(hostId, identifier: .context(4))
        }
    }
}
