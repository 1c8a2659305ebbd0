import SGP22
import SwiftASN1

/// Si3.GetSpblInfo: asks the SPBL who it is and what it supports; answered by ``SpblInfo``.
///
/// ```asn1
/// GetSpblInfoRequest ::= [4096] SEQUENCE { -- Tag 'BFA000'
/// }
/// ```
public struct GetSpblInfoRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA000`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA000) }

    public init() {}

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        // No components yet; a newer version's components are skipped.
        try DER.extensibleSequence(node, identifier: identifier) { _ in }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        coder.appendConstructedNode(identifier: identifier) { _ in }
    }
}
