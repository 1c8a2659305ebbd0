import SwiftASN1

/// ES10b.GetEUICCChallenge: the eUICC's random challenge for mutual authentication.
///
/// ```asn1
/// GetEuiccChallengeResponse ::= [46] SEQUENCE { -- Tag 'BF2E'
///     euiccChallenge Octet16 -- random eUICC challenge
/// }
/// ```
/// Automatic tagging makes `euiccChallenge` `80`.
public struct GetEuiccChallengeResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF2E`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF2E) }

    /// Sixteen random octets.
    public var euiccChallenge: [UInt8]

    public init(euiccChallenge: [UInt8]) {
        self.euiccChallenge = euiccChallenge
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetEuiccChallengeResponse(euiccChallenge: try DER.octets(&nodes, identifier: .context(0), size: 16...16))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(euiccChallenge, identifier: .context(0))
        }
    }
}
