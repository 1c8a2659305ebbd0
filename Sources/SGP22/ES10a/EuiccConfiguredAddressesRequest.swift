import SwiftASN1

/// ES10a.GetEuiccConfiguredAddresses: asks for the default SM-DP+ and root SM-DS addresses.
///
/// ```asn1
/// EuiccConfiguredAddressesRequest ::= [60] SEQUENCE { -- Tag 'BF3C'
/// }
/// ```
public struct EuiccConfiguredAddressesRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF3C`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF3C) }

    public init() {}

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        // No components yet; a newer version's components are skipped.
        try DER.extensibleSequence(node, identifier: identifier) { _ in }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { _ in }
    }
}
