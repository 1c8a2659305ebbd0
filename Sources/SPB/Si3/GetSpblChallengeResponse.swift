import SGP22
import SwiftASN1

/// The SPBL's fresh 16-byte challenge.
///
/// ```asn1
/// GetSpblChallengeResponse ::= [4097] SEQUENCE { -- Tag 'BFA001'
///     spblChallenge [0] Octet16
/// }
/// ```
public struct GetSpblChallengeResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA001`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA001) }

    /// Sixteen random bytes.
    public var spblChallenge: [UInt8]

    public init(spblChallenge: [UInt8]) {
        self.spblChallenge = spblChallenge
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetSpblChallengeResponse(
                spblChallenge: try DER.octets(&nodes, "spblChallenge", identifier: .context(0), size: 16...16))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(spblChallenge, identifier: .context(0))
        }
    }
}
