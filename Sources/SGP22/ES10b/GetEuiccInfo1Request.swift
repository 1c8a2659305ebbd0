import SwiftASN1

/// ES10b.GetEUICCInfo: asks for `EUICCInfo1`.
///
/// ```asn1
/// GetEuiccInfo1Request ::= [32] SEQUENCE { -- Tag 'BF20'
/// }
/// ```
public struct GetEuiccInfo1Request: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF20`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF20) }

    public init() {}

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        // No components yet; a newer version's components are skipped.
        try DER.extensibleSequence(node, identifier: identifier) { _ in }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { _ in }
    }
}
