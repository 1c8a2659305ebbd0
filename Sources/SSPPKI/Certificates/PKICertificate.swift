import Foundation
import SwiftASN1
import X509

/// A parsed X.509 certificate with the fields and extensions the RSP and iSSP hierarchies use.
///
/// The PKI reads the certificate structure itself, so that certificates whose keys swift-crypto
/// cannot use (the brainpoolP256r1 half of SGP.26) still parse, show their names and dates, and
/// are reported precisely by the verifier. For P-256 certificates ``certificate`` also offers the
/// swift-certificates view.
public struct PKICertificate: Hashable, Sendable, CustomStringConvertible {
    /// The certificate exactly as encoded.
    public let derBytes: [UInt8]
    let envelope: CertificateEnvelope

    /// All extensions, as swift-certificates reads them.
    public let extensions: Certificate.Extensions
    /// The policy OIDs of the certificatePolicies extension (empty when absent).
    public let policies: [ASN1ObjectIdentifier]
    /// The keyUsage extension, if present.
    public let keyUsage: KeyUsage?
    /// The basicConstraints extension, if present.
    public let basicConstraints: BasicConstraints?
    /// The extendedKeyUsage extension, if present.
    public let extendedKeyUsage: ExtendedKeyUsage?
    /// The nameConstraints extension, if present.
    public let nameConstraints: NameConstraints?
    /// The subjectAltName extension, if present.
    public let subjectAlternativeNames: SubjectAlternativeNames?
    /// The subjectKeyIdentifier value, if present.
    public let subjectKeyIdentifier: [UInt8]?
    /// The keyIdentifier of the authorityKeyIdentifier extension, if present.
    public let authorityKeyIdentifier: [UInt8]?
    /// The GSMA permittedEins extension (SGP.22 v3 EUM certificates), if present.
    public let permittedEINs: PermittedEINs?
    /// The swift-certificates view, or `nil` when swift-certificates cannot read the key.
    public let certificate: Certificate?

    /// Parses one DER-encoded certificate.
    public init(derEncoded bytes: some Collection<UInt8>) throws(CertificateParseError) {
        let der = Array(bytes)
        guard !der.isEmpty else { throw .empty }
        let envelope: CertificateEnvelope
        do {
            envelope = try CertificateEnvelope(derEncoded: DER.parse(der))
        } catch {
            throw .malformedDER(reason: String(describing: error))
        }
        self.derBytes = der
        self.envelope = envelope
        let subject = envelope.tbsCertificate.subject.readable

        func read<T>(_ name: String, _ body: () throws -> T) throws(CertificateParseError) -> T {
            do { return try body() } catch {
                throw .malformedExtension(name: name, subject: subject, reason: String(describing: error))
            }
        }
        let extensions = try read("extensions") { try Certificate.Extensions(envelope.tbsCertificate.extensions) }
        self.extensions = extensions
        self.policies = try read("certificatePolicies") {
            try extensions[oid: RSPObjectIdentifiers.certificatePoliciesExtension].map {
                try CertificatePolicies($0).identifiers
            } ?? []
        }
        self.keyUsage = try read("keyUsage") { try extensions.keyUsage }
        self.basicConstraints = try read("basicConstraints") { try extensions.basicConstraints }
        self.extendedKeyUsage = try read("extendedKeyUsage") { try extensions.extendedKeyUsage }
        self.nameConstraints = try read("nameConstraints") { try extensions.nameConstraints }
        self.subjectAlternativeNames = try read("subjectAltName") { try extensions.subjectAlternativeNames }
        self.subjectKeyIdentifier = try read("subjectKeyIdentifier") {
            try extensions.subjectKeyIdentifier.map { Array($0.keyIdentifier) }
        }
        self.authorityKeyIdentifier = try read("authorityKeyIdentifier") {
            try extensions.authorityKeyIdentifier?.keyIdentifier.map { Array($0) }
        }
        self.permittedEINs = try read("permittedEins") {
            try extensions[oid: RSPObjectIdentifiers.permittedEINsExtension].map { try PermittedEINs($0) }
        }
        // swift-certificates refuses keys it cannot compute with; that is reported by the verifier.
        self.certificate = try? Certificate(derEncoded: der)
    }

    /// Creates the PKI view of a swift-certificates certificate.
    public init(_ certificate: Certificate) throws(CertificateParseError) {
        var serializer = DER.Serializer()
        do { try serializer.serialize(certificate) } catch {
            throw .malformedDER(reason: String(describing: error))
        }
        try self.init(derEncoded: serializer.serializedBytes)
    }

    /// Parses a certificate from PEM text (the first `CERTIFICATE` block).
    public init(pemEncoded text: String) throws(CertificateParseError) {
        let all = try Self.parseAll(Array(text.utf8))
        guard let first = all.first else { throw .noCertificateInPEM }
        self = first
    }

    /// Parses every certificate in `data`: one DER certificate, or PEM text with any number of
    /// `CERTIFICATE` blocks (other blocks, such as keys, are skipped).
    public static func parseAll(_ data: [UInt8]) throws(CertificateParseError) -> [PKICertificate] {
        guard let first = data.first else { throw .empty }
        if first == 0x30 {
            return [try PKICertificate(derEncoded: data)]
        }
        guard let text = String(validating: data, as: UTF8.self), text.contains("-----BEGIN ") else {
            throw .malformedDER(reason: "the input is neither a DER SEQUENCE nor PEM text")
        }
        let documents: [PEMDocument]
        do {
            documents = try PEMDocument.parseMultiple(pemString: text)
        } catch {
            throw .malformedPEM(reason: String(describing: error))
        }
        let certificates = documents.filter { $0.discriminator == "CERTIFICATE" }
        guard !certificates.isEmpty else { throw .noCertificateInPEM }
        var result: [PKICertificate] = []
        for document in certificates {
            result.append(try PKICertificate(derEncoded: document.derBytes))
        }
        return result
    }

    // MARK: Fields

    /// The serial number's bytes, big-endian.
    public var serialNumber: [UInt8] { Array(envelope.tbsCertificate.serialNumber) }
    /// The serial number as colon-separated hex, as OpenSSL prints it.
    public var serialNumberHex: String { serialNumber.map { String(format: "%02x", $0) }.joined(separator: ":") }
    /// The issuer's name.
    public var issuer: DistinguishedName { envelope.tbsCertificate.issuer }
    /// The subject's name.
    public var subject: DistinguishedName { envelope.tbsCertificate.subject }
    /// The start of the validity period.
    public var notValidBefore: Date { envelope.tbsCertificate.validity.notBefore.date }
    /// The end of the validity period.
    public var notValidAfter: Date { envelope.tbsCertificate.validity.notAfter.date }
    /// The curve of the subject public key.
    public var keyCurve: KeyCurve { envelope.tbsCertificate.subjectPublicKeyInfo.curve }
    /// The subject public key's bytes (for EC keys, the X9.63 point).
    public var publicKeyBytes: [UInt8] { Array(envelope.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey.bytes) }
    /// The bytes the issuer signed.
    public var tbsCertificateBytes: [UInt8] { Array(envelope.tbsCertificateBytes) }
    /// The signature algorithm of the outer certificate.
    public var signatureAlgorithm: ASN1ObjectIdentifier { envelope.signatureAlgorithm.algorithm }
    /// The signature algorithm named inside the signed part; RFC 5280 requires it to match.
    public var tbsSignatureAlgorithm: ASN1ObjectIdentifier { envelope.tbsCertificate.signature.algorithm }
    /// The signature value (for ECDSA, the DER `Ecdsa-Sig-Value`).
    public var signatureBytes: [UInt8] { Array(envelope.signatureValue.bytes) }
    /// Whether issuer and subject are the same name.
    public var isSelfIssued: Bool { issuer == subject }

    /// The subject's `serialNumber` attribute: the EID of an eUICC, the Primary Platform identifier
    /// of an SPBL.
    public var subjectSerialNumber: String? { subject.serialNumberAttribute }

    /// The role named by the certificatePolicies, or `nil` when none or several are named.
    public func role(in arc: ProjectArc = .default) -> CertificateRole? {
        CertificateRole(policies: policies, arc: arc)
    }

    /// Every role named by the certificatePolicies.
    public func roles(in arc: ProjectArc = .default) -> [CertificateRole] {
        CertificateRole.roles(in: policies, arc: arc)
    }

    /// The dNSName entries of subjectAltName.
    public var dnsNames: [String] {
        (subjectAlternativeNames ?? SubjectAlternativeNames()).compactMap {
            if case .dnsName(let name) = $0 { return name }
            return nil
        }
    }

    /// The iPAddress entries of subjectAltName, in text form.
    public var ipAddresses: [String] {
        (subjectAlternativeNames ?? SubjectAlternativeNames()).compactMap {
            if case .ipAddress(let octets) = $0 { return IPAddressText.format(Array(octets.bytes)) }
            return nil
        }
    }

    /// The registeredID entries of subjectAltName (the entity OIDs of SGP.22).
    public var registeredIDs: [ASN1ObjectIdentifier] {
        (subjectAlternativeNames ?? SubjectAlternativeNames()).compactMap {
            if case .registeredID(let oid) = $0 { return oid }
            return nil
        }
    }

    /// PEM text of this certificate.
    public var pemString: String { PEMDocument(type: "CERTIFICATE", derBytes: derBytes).pemString }

    public var description: String { "certificate \"\(subject.readable)\"" }

    public static func == (lhs: PKICertificate, rhs: PKICertificate) -> Bool { lhs.derBytes == rhs.derBytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(derBytes) }
}
