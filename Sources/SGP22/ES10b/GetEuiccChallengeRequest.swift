import SwiftASN1

/// ES10b.GetEUICCChallenge: asks for a fresh eUICC challenge.
///
/// ```asn1
/// GetEuiccChallengeRequest ::= [46] SEQUENCE { -- Tag 'BF2E'
/// }
/// ```
public struct GetEuiccChallengeRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF2E`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF2E) }

    public init() {}

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        // No components yet; a newer version's components are skipped.
        try DER.extensibleSequence(node, identifier: identifier) { _ in }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { _ in }
    }
}
