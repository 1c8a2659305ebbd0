import SGP22
import SwiftASN1

/// Si3.GetSpblChallenge: asks the SPBL for a fresh challenge, which the SPB Manager must sign.
///
/// ```asn1
/// GetSpblChallengeRequest ::= [4097] SEQUENCE { -- Tag 'BFA001'
/// }
/// ```
public struct GetSpblChallengeRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA001`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA001) }

    public init() {}

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        try DER.extensibleSequence(node, identifier: identifier) { _ in }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { _ in }
    }
}
