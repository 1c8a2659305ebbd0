import SwiftASN1

/// The eUICC's Rules Authorisation Table (RAT).
///
/// ```asn1
/// RulesAuthorisationTable ::= SEQUENCE OF ProfilePolicyAuthorisationRule
/// ```
public struct RulesAuthorisationTable: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var rules: [ProfilePolicyAuthorisationRule]

    public init(rules: [ProfilePolicyAuthorisationRule]) {
        self.rules = rules
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self.rules = try DER.sequenceOf(node, "RulesAuthorisationTable", identifier: identifier)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeSequenceOf(rules, identifier: identifier)
    }
}
