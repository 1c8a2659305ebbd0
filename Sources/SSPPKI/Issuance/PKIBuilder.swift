import Crypto
import Foundation
import SwiftASN1
import X509

/// Issues the certificates of the RSP and iSSP hierarchies with the profiles of
/// ``CertificateProfile``: NIST P-256 keys, ecdsa-with-SHA256 signatures, role OIDs in
/// certificatePolicies, key identifiers, and the SGP.22 range constraints on EUM and maker CAs.
///
/// ``TestHierarchy`` uses it to make a whole lab PKI; servers and tests may call it directly to
/// issue one more certificate under an existing CA.
public struct PKIBuilder: Sendable {
    /// The arc of the iSSP role OIDs and the entity identifiers.
    public var arc: ProjectArc
    /// The start of validity of every certificate issued.
    public var notValidBefore: Date

    /// Creates a builder; by default certificates become valid an hour ago, to absorb clock skew.
    public init(arc: ProjectArc = .default, notValidBefore: Date = Date().addingTimeInterval(-3600)) {
        self.arc = arc
        self.notValidBefore = notValidBefore
    }

    /// Issues a certificate of `role` for `subject`, signed by `issuer`, or self-signed when
    /// `issuer` is `nil`.
    ///
    /// This is the primitive: it does not check that `issuer` has the role that issues `role`
    /// (tests use it to make faulty chains). The role-named methods below do.
    ///
    /// - Parameters:
    ///   - role: The role; selects the extension profile and the policy OID.
    ///   - subject: The subject name.
    ///   - subjectAlternativeNames: subjectAltName entries (dNSName, iPAddress, registeredID, …).
    ///   - nameConstraints: A nameConstraints extension (CAs only).
    ///   - profile: Overrides the role's standard profile (tests use this to make faulty certificates).
    ///   - key: The subject's key; a fresh one by default.
    ///   - issuer: The issuing CA, or `nil` for a self-signed root.
    public func issue(
        role: CertificateRole,
        subject: DistinguishedName,
        subjectAlternativeNames: [GeneralName] = [],
        nameConstraints: NameConstraints? = nil,
        profile: CertificateProfile? = nil,
        key: P256.Signing.PrivateKey = P256.Signing.PrivateKey(),
        issuer: IssuedIdentity?
    ) throws -> IssuedIdentity {
        let profile = profile ?? CertificateProfile.standard(for: role)
        let publicKey = Certificate.PublicKey(key.publicKey)
        let subjectKeyID = SubjectKeyIdentifier(hash: publicKey)
        do {
            var extensions = Certificate.Extensions()
            // SGP.22 §4.5.2.2: every certificate but the CI's has an authorityKeyIdentifier.
            if let issuer, let issuerKeyID = issuer.parsed.subjectKeyIdentifier {
                try extensions.append(
                    AuthorityKeyIdentifier(keyIdentifier: issuerKeyID[...]).makeCertificateExtension())
            }
            try extensions.append(subjectKeyID.makeCertificateExtension())
            try extensions.append(Critical(profile.keyUsage).makeCertificateExtension())
            try extensions.append(
                CertificatePolicies(identifiers: [role.oid(in: arc)]).makeExtension(critical: profile.policiesCritical)
            )
            if let basicConstraints = profile.basicConstraints {
                try extensions.append(Critical(basicConstraints).makeCertificateExtension())
            }
            if let nameConstraints {
                try extensions.append(Critical(nameConstraints).makeCertificateExtension())
            }
            if !profile.extendedKeyUsage.isEmpty {
                try extensions.append(
                    Critical(ExtendedKeyUsage(profile.extendedKeyUsage)).makeCertificateExtension()
                )
            }
            if !subjectAlternativeNames.isEmpty {
                try extensions.append(SubjectAlternativeNames(subjectAlternativeNames).makeCertificateExtension())
            }
            let signingKey = issuer?.privateKey ?? key
            let certificate = try Certificate(
                version: .v3,
                serialNumber: Self.randomSerialNumber(),
                publicKey: publicKey,
                notValidBefore: notValidBefore,
                notValidAfter: profile.notValidAfter(from: notValidBefore),
                issuer: issuer?.certificate.subject ?? subject,
                subject: subject,
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: extensions,
                issuerPrivateKey: Certificate.PrivateKey(signingKey)
            )
            return try IssuedIdentity(role: role, certificate: certificate, privateKey: key)
        } catch let error as PKIBuilderError {
            throw error
        } catch {
            throw PKIBuilderError.encodingFailed(role: role, reason: String(describing: error))
        }
    }

    // MARK: Roles of the eSIM hierarchy

    /// A self-signed certificate issuer: the GSMA-style CI (`.ci`) or an SPB family CI (`.spbFamilyCI`).
    public func certificateIssuer(
        role: CertificateRole = .ci, country: String, organization: String, commonName: String,
        registeredID: ASN1ObjectIdentifier?
    ) throws -> IssuedIdentity {
        guard role.isRoot else {
            throw PKIBuilderError.wrongIssuer(role: role, expected: role.issuerRole, found: role)
        }
        return try issue(
            role: role, subject: Self.name(country: country, organization: organization, commonName: commonName),
            subjectAlternativeNames: registeredID.map { [.registeredID($0)] } ?? [], issuer: nil
        )
    }

    /// An EUM certificate allowed to certify eUICCs whose EID starts with `eidPrefix`.
    public func eum(
        country: String, organization: String, commonName: String, eidPrefix: String,
        registeredID: ASN1ObjectIdentifier?, issuer ci: IssuedIdentity
    ) throws -> IssuedIdentity {
        try Self.check(issuer: ci, for: .eum)
        guard !eidPrefix.isEmpty, eidPrefix.count <= EIDFormat.length,
            eidPrefix.allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            throw PKIBuilderError.invalidEID(eidPrefix, reason: "an EID prefix must be 1 to 32 decimal digits")
        }
        let range = IdentifierRange(organization: organization, prefix: eidPrefix)
        return try issue(
            role: .eum, subject: Self.name(country: country, organization: organization, commonName: commonName),
            subjectAlternativeNames: registeredID.map { [.registeredID($0)] } ?? [],
            nameConstraints: try range.nameConstraints(country: country), issuer: ci
        )
    }

    /// An eUICC certificate for `eid`, under `eum`: the subject repeats the EUM's country and
    /// organisation and carries the EID in serialNumber (SGP.22 §4.5.2.1.0.3).
    public func euicc(eid: String, commonName: String, issuer eum: IssuedIdentity) throws -> IssuedIdentity {
        try Self.check(issuer: eum, for: .euicc)
        if let problem = EIDFormat.problem(with: eid) { throw PKIBuilderError.invalidEID(eid, reason: problem) }
        let subject = try Self.name(
            country: eum.parsed.subject.firstValue(of: .RDNAttributeType.countryName),
            organization: eum.parsed.subject.organizationName, serialNumber: eid, commonName: commonName
        )
        return try issue(role: .euicc, subject: subject, issuer: eum)
    }

    /// An end-entity signing or key-agreement certificate: SM-DP+ auth/pb, SM-DS auth, SPB Manager
    /// signing / key agreement.
    public func endEntity(
        role: CertificateRole, organization: String, commonName: String,
        registeredID: ASN1ObjectIdentifier?, issuer: IssuedIdentity
    ) throws -> IssuedIdentity {
        try Self.check(issuer: issuer, for: role)
        return try issue(
            role: role, subject: Self.name(organization: organization, commonName: commonName),
            subjectAlternativeNames: registeredID.map { [.registeredID($0)] } ?? [], issuer: issuer
        )
    }

    /// A TLS server certificate (SM-DP+, SM-DS or SPB Manager) for `hosts` and `ipAddresses`; the
    /// subject's common name is the first host.
    public func tlsServer(
        role: CertificateRole, organization: String, hosts: [String], ipAddresses: [String],
        registeredID: ASN1ObjectIdentifier?, issuer: IssuedIdentity
    ) throws -> IssuedIdentity {
        try Self.check(issuer: issuer, for: role)
        var names: [GeneralName] = []
        for host in hosts {
            guard Self.isValidHostName(host) else { throw PKIBuilderError.invalidHostName(host) }
            names.append(.dnsName(host.lowercased()))
        }
        for address in ipAddresses {
            guard let octets = IPAddressText.parse(address) else { throw PKIBuilderError.invalidIPAddress(address) }
            names.append(.ipAddress(ASN1OctetString(contentBytes: octets[...])))
        }
        if let registeredID { names.append(.registeredID(registeredID)) }
        let commonName = hosts.first ?? ipAddresses.first ?? organization
        return try issue(
            role: role, subject: Self.name(organization: organization, commonName: commonName),
            subjectAlternativeNames: names, issuer: issuer
        )
    }

    // MARK: Roles of the iSSP hierarchy

    /// An iSSP maker certificate allowed to certify SPBLs whose Primary Platform identifier starts
    /// with `makerCode`.
    public func isspMaker(
        country: String, organization: String, commonName: String, makerCode: String,
        registeredID: ASN1ObjectIdentifier?, issuer spbCI: IssuedIdentity
    ) throws -> IssuedIdentity {
        try Self.check(issuer: spbCI, for: .isspMaker)
        let range = IdentifierRange(organization: organization, prefix: makerCode.uppercased())
        return try issue(
            role: .isspMaker,
            subject: Self.name(country: country, organization: organization, commonName: commonName),
            subjectAlternativeNames: registeredID.map { [.registeredID($0)] } ?? [],
            nameConstraints: try range.nameConstraints(country: country), issuer: spbCI
        )
    }

    /// An SPBL certificate for the Primary Platform `platform`, under `maker`.
    public func spbl(
        platform: PrimaryPlatformIdentifier, commonName: String, issuer maker: IssuedIdentity
    ) throws -> IssuedIdentity {
        try Self.check(issuer: maker, for: .spbl)
        let subject = try Self.name(
            country: maker.parsed.subject.firstValue(of: .RDNAttributeType.countryName),
            organization: maker.parsed.subject.organizationName, serialNumber: platform.value, commonName: commonName
        )
        return try issue(role: .spbl, subject: subject, issuer: maker)
    }

    // MARK: Helpers

    /// Refuses an issuer whose role does not issue `role` certificates.
    static func check(issuer: IssuedIdentity, for role: CertificateRole) throws {
        guard issuer.role == role.issuerRole else {
            throw PKIBuilderError.wrongIssuer(role: role, expected: role.issuerRole, found: issuer.role)
        }
    }

    /// A name `C, O, serialNumber, CN`, each present only when given, in that order.
    public static func name(
        country: String? = nil, organization: String?, serialNumber: String? = nil, commonName: String
    ) throws -> DistinguishedName {
        var attributes: [RelativeDistinguishedName.Attribute] = []
        if let country {
            guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw PKIBuilderError.invalidCountry(country)
            }
            attributes.append(try .init(type: .RDNAttributeType.countryName, printableString: country.uppercased()))
        }
        if let organization {
            attributes.append(.init(type: .RDNAttributeType.organizationName, utf8String: organization))
        }
        if let serialNumber {
            // X.520 declares serialNumber a PrintableString.
            attributes.append(
                try .init(type: RSPObjectIdentifiers.serialNumberAttribute, printableString: serialNumber))
        }
        attributes.append(.init(type: .RDNAttributeType.commonName, utf8String: commonName))
        return try DistinguishedName(attributes)
    }

    /// A positive 16-byte random serial number (RFC 5280 allows up to 20 octets).
    static func randomSerialNumber() -> Certificate.SerialNumber {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255) }
        bytes[0] = (bytes[0] & 0x7F) | 0x01
        return Certificate.SerialNumber(bytes: bytes)
    }

    /// Whether `host` is a DNS host name of letters, digits and hyphens in dot-separated labels.
    static func isValidHostName(_ host: String) -> Bool {
        guard !host.isEmpty, host.count <= 253 else { return false }
        return host.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
