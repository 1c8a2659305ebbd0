import SwiftASN1

/// ES10b.GetRAT: asks for the Rules Authorisation Table.
///
/// ```asn1
/// GetRatRequest ::= [67] SEQUENCE { -- Tag 'BF43'
/// }
/// ```
public struct GetRatRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF43`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF43) }

    public init() {}

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        // No components yet; a newer version's components are skipped.
        try DER.extensibleSequence(node, identifier: identifier) { _ in }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { _ in }
    }
}
