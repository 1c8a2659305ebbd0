import SwiftASN1
import X509

/// The certificatePolicies extension (RFC 5280 §4.2.1.4), which SGP.22 uses to state a
/// certificate's role:
///
/// ```
/// id-ce-certificatePolicies OBJECT IDENTIFIER ::=  { id-ce 32 }
///
/// certificatePolicies ::= SEQUENCE SIZE (1..MAX) OF PolicyInformation
/// ```
///
/// swift-certificates has no type for it, so the PKI provides one.
public struct CertificatePolicies: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The policies, at least one.
    public var policies: [PolicyInformation]

    /// Creates the extension value from its policies.
    public init(_ policies: [PolicyInformation]) {
        self.policies = policies
    }

    /// Creates the extension value naming each of `identifiers`, without qualifiers.
    public init(identifiers: [ASN1ObjectIdentifier]) {
        self.policies = identifiers.map { PolicyInformation(policyIdentifier: $0) }
    }

    /// Reads the value of a certificatePolicies extension.
    public init(_ ext: Certificate.Extension) throws {
        guard ext.oid == RSPObjectIdentifiers.certificatePoliciesExtension else {
            throw ASN1Error.invalidASN1Object(reason: "extension \(ext.oid.dotted) is not certificatePolicies")
        }
        self = try CertificatePolicies(derEncoded: DER.parse(ext.value))
    }

    public init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let policies = try DER.sequence(of: PolicyInformation.self, identifier: identifier, rootNode: rootNode)
        guard !policies.isEmpty else {
            throw ASN1Error.invalidASN1Object(reason: "certificatePolicies holds no policy")
        }
        self.policies = policies
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeSequenceOf(policies, identifier: identifier)
    }

    /// The policy OIDs, in order.
    public var identifiers: [ASN1ObjectIdentifier] { policies.map(\.policyIdentifier) }

    /// This value as a certificate extension.
    public func makeExtension(critical: Bool) throws -> Certificate.Extension {
        var serializer = DER.Serializer()
        try serializer.serialize(self)
        return Certificate.Extension(
            oid: RSPObjectIdentifiers.certificatePoliciesExtension, critical: critical,
            value: serializer.serializedBytes[...]
        )
    }
}
