import SwiftASN1

/// ES10b.GetRAT: the eUICC's Rules Authorisation Table.
///
/// ```asn1
/// GetRatResponse ::= [67] SEQUENCE { -- Tag 'BF43'
///     rat            RulesAuthorisationTable
/// }
/// ```
/// Automatic tagging makes `rat` `A0`.
public struct GetRatResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF43`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF43) }

    public var rat: RulesAuthorisationTable

    public init(rat: RulesAuthorisationTable) {
        self.rat = rat
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetRatResponse(rat: try DER.field(&nodes, "rat", identifier: .context(0)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try rat.serialize(into: &coder, withIdentifier: .context(0))
        }
    }
}
