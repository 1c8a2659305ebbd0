import SwiftASN1

/// One policy of a certificatePolicies extension (RFC 5280 §4.2.1.4):
///
/// ```
/// PolicyInformation ::= SEQUENCE {
///      policyIdentifier   CertPolicyId,
///      policyQualifiers   SEQUENCE SIZE (1..MAX) OF
///                              PolicyQualifierInfo OPTIONAL }
///
/// CertPolicyId ::= OBJECT IDENTIFIER
/// ```
///
/// The qualifiers are kept as they were encoded; SGP.22 certificates carry none.
public struct PolicyInformation: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The policy OID; in SGP.22 certificates, the certificate's role.
    public var policyIdentifier: ASN1ObjectIdentifier
    /// The encoded `PolicyQualifierInfo` values, if any.
    public var policyQualifiers: [ASN1Any]?

    /// Creates a policy with no qualifiers.
    public init(policyIdentifier: ASN1ObjectIdentifier, policyQualifiers: [ASN1Any]? = nil) {
        self.policyIdentifier = policyIdentifier
        self.policyQualifiers = policyQualifiers
    }

    public init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            let policyIdentifier = try ASN1ObjectIdentifier(derEncoded: &nodes)
            let qualifiers: [ASN1Any]? = try nodes.next().map { node in
                let list = try DER.sequence(of: ASN1Any.self, identifier: .sequence, rootNode: node)
                guard !list.isEmpty else {
                    throw ASN1Error.invalidASN1Object(reason: "policyQualifiers is present but empty")
                }
                return list
            }
            return PolicyInformation(policyIdentifier: policyIdentifier, policyQualifiers: qualifiers)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(policyIdentifier)
            if let policyQualifiers { try coder.serializeSequenceOf(policyQualifiers) }
        }
    }
}
