import Crypto
import Foundation
import SwiftASN1
import X509

/// The one chain verifier of the project, used alike by the servers (SM-DP+, SPB Manager) and by
/// the card side (eUICC, SPBL).
///
/// It follows SGP.22 v2.2 §4.5.2.2 with the role structure of both hierarchies:
/// eUICC → EUM → CI, SM-DP+ / SM-DS → CI, SPB Manager → SPB family CI, SPBL → iSSP maker → SPB
/// family CI. For every certificate it checks the curve (NIST P-256), the signature algorithm
/// (ecdsa-with-SHA256), the validity at the given time, the critical extensions, the role OID in
/// certificatePolicies and the key usage the role needs; for every link, issuer name and key
/// identifier chaining and the signature; for CAs, basicConstraints and pathLenConstraint; and
/// for eUICC and SPBL leaves, that the EID / Primary Platform identifier lies in the range the
/// issuing EUM / maker may certify.
public struct ChainVerifier: Sendable {
    /// The arc under which the iSSP role OIDs are read.
    public var arc: ProjectArc

    /// Creates a verifier reading iSSP roles under `arc`.
    public init(arc: ProjectArc = .default) {
        self.arc = arc
    }

    /// Extensions the verifier understands, and so may be critical.
    static let understoodExtensions: Set<ASN1ObjectIdentifier> = [
        .X509ExtensionID.basicConstraints, .X509ExtensionID.keyUsage, .X509ExtensionID.extendedKeyUsage,
        .X509ExtensionID.nameConstraints, .X509ExtensionID.subjectAlternativeName,
        .X509ExtensionID.authorityKeyIdentifier, .X509ExtensionID.subjectKeyIdentifier,
        RSPObjectIdentifiers.certificatePoliciesExtension, RSPObjectIdentifiers.permittedEINsExtension,
    ]

    /// Verifies that `leaf` is a valid certificate of role `expected` at `time`, chaining through
    /// `intermediates` to one of `roots`.
    ///
    /// - Parameters:
    ///   - leaf: The certificate to verify.
    ///   - intermediates: Candidate intermediate certificates (the EUM, the iSSP maker); extra ones are ignored.
    ///   - roots: The trusted roots (CI, SPB family CIs).
    ///   - time: The instant the validity periods are checked against.
    ///   - expected: The role the leaf must have.
    /// - Returns: The chain from the leaf to the root.
    public func verify(
        leaf: PKICertificate,
        intermediates: [PKICertificate] = [],
        roots: [PKICertificate],
        at time: Date,
        expecting expected: CertificateRole
    ) throws(ChainVerificationError) -> VerifiedChain {
        try checkAlone(leaf, at: time)
        let leafRole = try role(of: leaf)
        guard leafRole == expected else {
            throw .wrongRole(subject: leaf.subject.readable, expected: expected, found: leafRole)
        }
        try checkUsage(leaf, role: expected)

        var chain = [leaf]
        var roles = [expected]
        var current = leaf
        while let issuerRole = roles[roles.count - 1].issuerRole {
            let issuer = try findIssuer(of: current, role: issuerRole, intermediates: intermediates, roots: roots)
            try checkAlone(issuer, at: time)
            let found = try role(of: issuer)
            guard found == issuerRole else {
                throw .wrongRole(subject: issuer.subject.readable, expected: issuerRole, found: found)
            }
            try checkAuthority(issuer, certificateAuthoritiesBelow: chain.count - 1)
            try checkSignature(of: current, by: issuer)
            chain.append(issuer)
            roles.append(issuerRole)
            current = issuer
        }

        // `current` is now a root: it must be trusted, and is checked as its own issuer.
        guard roots.contains(current) else { throw .untrustedRoot(subject: current.subject.readable) }
        try checkKeyIdentifiers(current, issuer: current)
        try checkSignature(of: current, by: current)

        var eid: String?
        var platformIdentifier: String?
        if expected == .euicc {
            eid = try checkEID(of: leaf, issuer: chain[1])
        } else if expected == .spbl {
            platformIdentifier = try checkPlatformIdentifier(of: leaf, issuer: chain[1])
        }
        return VerifiedChain(
            certificates: chain, role: expected, roles: roles, eid: eid, platformIdentifier: platformIdentifier
        )
    }

    // MARK: Per-certificate checks

    /// The role named by `certificate`, `nil` when none; several is an error.
    func role(of certificate: PKICertificate) throws(ChainVerificationError) -> CertificateRole? {
        let roles = certificate.roles(in: arc)
        guard roles.count <= 1 else { throw .ambiguousRole(subject: certificate.subject.readable, roles: roles) }
        return roles.first
    }

    /// Curve, signature algorithm, validity and critical extensions.
    func checkAlone(_ certificate: PKICertificate, at time: Date) throws(ChainVerificationError) {
        let subject = certificate.subject.readable
        guard certificate.keyCurve.isSupported else {
            throw .unsupportedCurve(subject: subject, name: certificate.keyCurve.name)
        }
        guard certificate.signatureAlgorithm == RSPObjectIdentifiers.ecdsaWithSHA256,
            certificate.tbsSignatureAlgorithm == certificate.signatureAlgorithm
        else {
            throw .unsupportedSignatureAlgorithm(subject: subject, algorithm: certificate.signatureAlgorithm.dotted)
        }
        guard time >= certificate.notValidBefore else {
            throw .notYetValid(subject: subject, notBefore: certificate.notValidBefore)
        }
        guard time <= certificate.notValidAfter else {
            throw .expired(subject: subject, notAfter: certificate.notValidAfter)
        }
        for ext in certificate.extensions where ext.critical && !Self.understoodExtensions.contains(ext.oid) {
            throw .unhandledCriticalExtension(subject: subject, oid: ext.oid.dotted)
        }
    }

    /// The keyUsage (and for TLS servers, extendedKeyUsage) the leaf's role needs.
    func checkUsage(_ certificate: PKICertificate, role: CertificateRole) throws(ChainVerificationError) {
        let subject = certificate.subject.readable
        let purpose = KeyUsagePurpose.required(for: role)
        guard let keyUsage = certificate.keyUsage, purpose.isAllowed(by: keyUsage) else {
            throw .keyUsageMissing(subject: subject, usage: purpose)
        }
        if role.isCertificateAuthority {
            try checkAuthority(certificate, certificateAuthoritiesBelow: 0)
        }
        if role.isTLSServer {
            let serverAuth = ExtendedKeyUsage.Usage.serverAuth
            guard let usages = certificate.extendedKeyUsage, usages.contains(serverAuth) else {
                throw .extendedKeyUsageMissing(subject: subject, usage: "serverAuth")
            }
        }
    }

    /// basicConstraints cA, keyCertSign and pathLenConstraint of an issuing certificate.
    func checkAuthority(
        _ certificate: PKICertificate, certificateAuthoritiesBelow: Int
    ) throws(ChainVerificationError) {
        let subject = certificate.subject.readable
        guard case .isCertificateAuthority(let maxPathLength) = certificate.basicConstraints else {
            throw .notACertificateAuthority(subject: subject)
        }
        guard let keyUsage = certificate.keyUsage, keyUsage.keyCertSign else {
            throw .keyUsageMissing(subject: subject, usage: .keyCertSign)
        }
        if let maxPathLength, certificateAuthoritiesBelow > maxPathLength {
            throw .pathLengthExceeded(subject: subject, limit: maxPathLength)
        }
    }

    // MARK: Links

    /// Finds the certificate that issued `certificate`, by issuer name and key identifier.
    func findIssuer(
        of certificate: PKICertificate, role issuerRole: CertificateRole,
        intermediates: [PKICertificate], roots: [PKICertificate]
    ) throws(ChainVerificationError) -> PKICertificate {
        let pool = issuerRole.isRoot ? roots + intermediates : intermediates + roots
        let named = pool.filter { $0.subject == certificate.issuer }
        guard !named.isEmpty else {
            if let authorityKeyID = certificate.authorityKeyIdentifier,
                let byKey = pool.first(where: { $0.subjectKeyIdentifier == authorityKeyID })
            {
                throw .issuerNameMismatch(
                    subject: certificate.subject.readable, issuer: certificate.issuer.readable,
                    candidate: byKey.subject.readable
                )
            }
            if issuerRole.isRoot { throw .untrustedRoot(subject: certificate.issuer.readable) }
            throw .missingIntermediate(
                subject: certificate.subject.readable, issuer: certificate.issuer.readable, expectedRole: issuerRole
            )
        }
        // Same-named certificates may hold different keys (a renewed CI, another lab's PKI): the key
        // identifier picks one; failing that, the one whose key verifies the signature, which then
        // shows the key identifier alone to be wrong.
        let byKeyID = named.first { $0.subjectKeyIdentifier == certificate.authorityKeyIdentifier }
        guard let issuer = byKeyID ?? named.first(where: { (try? checkSignature(of: certificate, by: $0)) != nil })
        else {
            if issuerRole.isRoot { throw .untrustedRoot(subject: certificate.issuer.readable) }
            throw .missingIntermediate(
                subject: certificate.subject.readable, issuer: certificate.issuer.readable, expectedRole: issuerRole
            )
        }
        try checkKeyIdentifiers(certificate, issuer: issuer)
        if issuerRole.isRoot && !roots.contains(issuer) {
            throw .untrustedRoot(subject: issuer.subject.readable)
        }
        return issuer
    }

    /// SGP.22 §4.5.2.2: certificates carry subjectKeyIdentifier, and all but the CI's an
    /// authorityKeyIdentifier equal to the issuer's subjectKeyIdentifier.
    func checkKeyIdentifiers(_ certificate: PKICertificate, issuer: PKICertificate) throws(ChainVerificationError) {
        guard let issuerKeyID = issuer.subjectKeyIdentifier else {
            throw .keyIdentifierMissing(subject: issuer.subject.readable, field: "subjectKeyIdentifier")
        }
        let selfSigned = certificate == issuer
        guard let authorityKeyID = certificate.authorityKeyIdentifier else {
            if selfSigned { return }
            throw .keyIdentifierMissing(subject: certificate.subject.readable, field: "authorityKeyIdentifier")
        }
        guard authorityKeyID == issuerKeyID else {
            throw .keyIdentifierMismatch(
                subject: certificate.subject.readable, authorityKeyID: Self.hex(authorityKeyID),
                issuerKeyID: Self.hex(issuerKeyID)
            )
        }
    }

    /// The ECDSA P-256 / SHA-256 signature of `certificate` under `issuer`'s key.
    func checkSignature(of certificate: PKICertificate, by issuer: PKICertificate) throws(ChainVerificationError) {
        let key: P256.Signing.PublicKey
        do {
            key = try P256.Signing.PublicKey(x963Representation: issuer.publicKeyBytes)
        } catch {
            throw .malformedPublicKey(subject: issuer.subject.readable)
        }
        guard let signature = try? P256.Signing.ECDSASignature(derRepresentation: certificate.signatureBytes),
            key.isValidSignature(signature, for: certificate.tbsCertificateBytes)
        else {
            throw .signatureInvalid(subject: certificate.subject.readable, issuer: issuer.subject.readable)
        }
    }

    // MARK: Identifier ranges

    /// The EID of an eUICC certificate, checked against the ranges its EUM grants.
    func checkEID(of leaf: PKICertificate, issuer eum: PKICertificate) throws(ChainVerificationError) -> String {
        let subject = leaf.subject.readable
        guard let eid = leaf.subjectSerialNumber else { throw .eidMissing(subject: subject) }
        if let problem = EIDFormat.problem(with: eid) {
            throw .eidMalformed(subject: subject, eid: eid, reason: problem)
        }
        let ranges = IdentifierRange.ranges(grantedBy: eum)
        guard !ranges.isEmpty else { throw .eidRangeMissing(issuer: eum.subject.readable) }
        guard ranges.contains(where: { $0.contains(eid, subjectOrganization: leaf.subject.organizationName) }) else {
            throw .eidOutOfRange(eid: eid, permitted: ranges.map(\.description))
        }
        return eid
    }

    /// The Primary Platform identifier of an SPBL certificate, checked against its maker's ranges.
    func checkPlatformIdentifier(
        of leaf: PKICertificate, issuer maker: PKICertificate
    ) throws(ChainVerificationError) -> String {
        let subject = leaf.subject.readable
        guard let identifier = leaf.subjectSerialNumber else { throw .platformIdentifierMissing(subject: subject) }
        if let problem = PrimaryPlatformIdentifier.problem(with: identifier) {
            throw .platformIdentifierMalformed(subject: subject, identifier: identifier, reason: problem)
        }
        let ranges = IdentifierRange.ranges(grantedBy: maker)
        guard !ranges.isEmpty else { throw .platformRangeMissing(issuer: maker.subject.readable) }
        let organization = leaf.subject.organizationName
        guard ranges.contains(where: { $0.contains(identifier, subjectOrganization: organization) }) else {
            throw .platformIdentifierOutOfRange(identifier: identifier, permitted: ranges.map(\.description))
        }
        return identifier
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02X", $0) }.joined(separator: ":")
    }
}
