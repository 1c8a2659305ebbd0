import SwiftASN1

/// ES10b.GetEUICCInfo: asks for `EUICCInfo2`.
///
/// ```asn1
/// GetEuiccInfo2Request ::= [34] SEQUENCE { -- Tag 'BF22'
/// }
/// ```
public struct GetEuiccInfo2Request: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF22`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF22) }

    public init() {}

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        // No components yet; a newer version's components are skipped.
        try DER.extensibleSequence(node, identifier: identifier) { _ in }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { _ in }
    }
}
