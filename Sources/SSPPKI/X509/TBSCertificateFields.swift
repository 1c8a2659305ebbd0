import SwiftASN1
import X509

/// The signed part of a certificate (RFC 5280 §4.1):
///
/// ```
/// TBSCertificate  ::=  SEQUENCE  {
///      version         [0]  EXPLICIT Version DEFAULT v1,
///      serialNumber         CertificateSerialNumber,
///      signature            AlgorithmIdentifier,
///      issuer               Name,
///      validity             Validity,
///      subject              Name,
///      subjectPublicKeyInfo SubjectPublicKeyInfo,
///      issuerUniqueID  [1]  IMPLICIT UniqueIdentifier OPTIONAL,
///      subjectUniqueID [2]  IMPLICIT UniqueIdentifier OPTIONAL,
///      extensions      [3]  EXPLICIT Extensions OPTIONAL }
/// ```
///
/// Read by the PKI itself (rather than through swift-certificates' `Certificate`) so that a
/// certificate whose key swift-crypto cannot use (brainpoolP256r1) still shows its names and
/// dates, and can be reported precisely.
struct TBSCertificateFields: DERImplicitlyTaggable, Hashable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var version: Int
    var serialNumber: ArraySlice<UInt8>
    var signature: AlgorithmIdentifierFields
    var issuer: DistinguishedName
    var validity: ValidityPeriod
    var subject: DistinguishedName
    var subjectPublicKeyInfo: SubjectPublicKeyInfoFields
    var issuerUniqueID: ASN1BitString?
    var subjectUniqueID: ASN1BitString?
    var extensions: [Certificate.Extension]

    init(
        version: Int, serialNumber: ArraySlice<UInt8>, signature: AlgorithmIdentifierFields,
        issuer: DistinguishedName, validity: ValidityPeriod, subject: DistinguishedName,
        subjectPublicKeyInfo: SubjectPublicKeyInfoFields, issuerUniqueID: ASN1BitString?,
        subjectUniqueID: ASN1BitString?, extensions: [Certificate.Extension]
    ) {
        self.version = version
        self.serialNumber = serialNumber
        self.signature = signature
        self.issuer = issuer
        self.validity = validity
        self.subject = subject
        self.subjectPublicKeyInfo = subjectPublicKeyInfo
        self.issuerUniqueID = issuerUniqueID
        self.subjectUniqueID = subjectUniqueID
        self.extensions = extensions
    }

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            let version =
                try DER.optionalExplicitlyTagged(&nodes, tagNumber: 0, tagClass: .contextSpecific) {
                    try Int(derEncoded: $0)
                } ?? 0
            let serialNumber = try ArraySlice<UInt8>(derEncoded: &nodes)
            let signature = try AlgorithmIdentifierFields(derEncoded: &nodes)
            let issuer = try Self.name(&nodes, field: "issuer")
            let validity = try ValidityPeriod(derEncoded: &nodes)
            let subject = try Self.name(&nodes, field: "subject")
            let spki = try SubjectPublicKeyInfoFields(derEncoded: &nodes)
            let issuerUniqueID: ASN1BitString? = try DER.optionalImplicitlyTagged(&nodes, tag: .context(1))
            let subjectUniqueID: ASN1BitString? = try DER.optionalImplicitlyTagged(&nodes, tag: .context(2))
            let extensions =
                try DER.optionalExplicitlyTagged(&nodes, tagNumber: 3, tagClass: .contextSpecific) {
                    try DER.sequence(of: Certificate.Extension.self, identifier: .sequence, rootNode: $0)
                } ?? []
            return TBSCertificateFields(
                version: version, serialNumber: serialNumber, signature: signature, issuer: issuer,
                validity: validity, subject: subject, subjectPublicKeyInfo: spki,
                issuerUniqueID: issuerUniqueID, subjectUniqueID: subjectUniqueID, extensions: extensions
            )
        }
    }

    /// Reads a Name; DistinguishedName is parsed through its untagged initializer, as RFC 5280 never tags it.
    private static func name(_ nodes: inout ASN1NodeCollection.Iterator, field: String) throws -> DistinguishedName {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "tbsCertificate ends before its \(field)")
        }
        return try DistinguishedName(derEncoded: node)
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            if version != 0 {
                try coder.serialize(explicitlyTaggedWithTagNumber: 0, tagClass: .contextSpecific) { coder in
                    try coder.serialize(version)
                }
            }
            try coder.serialize(serialNumber)
            try coder.serialize(signature)
            try coder.serialize(issuer)
            try coder.serialize(validity)
            try coder.serialize(subject)
            try coder.serialize(subjectPublicKeyInfo)
            try coder.serializeOptionalImplicitlyTagged(issuerUniqueID, withIdentifier: .context(1))
            try coder.serializeOptionalImplicitlyTagged(subjectUniqueID, withIdentifier: .context(2))
            if !extensions.isEmpty {
                try coder.serialize(explicitlyTaggedWithTagNumber: 3, tagClass: .contextSpecific) { coder in
                    try coder.serializeSequenceOf(extensions)
                }
            }
        }
    }
}

extension ASN1Identifier {
    /// `[n]`: a context-specific tag.
    static func context(_ number: UInt) -> ASN1Identifier {
        ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific)
    }
}
