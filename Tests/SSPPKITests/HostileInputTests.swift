import Foundation
import SSPPKI
import SwiftASN1
import Testing
import X509

/// Garbage, truncated and bit-flipped input: always an error, never a crash.
@Suite("Hostile certificate input")
struct HostileInputTests {
    let h: TestHierarchy

    init() throws {
        h = try PKITestSupport.makeHierarchy()
    }

    @Test("empty input and non-certificate bytes")
    func garbage() {
        #expect(throws: CertificateParseError.empty) { try PKICertificate(derEncoded: []) }
        #expect(throws: CertificateParseError.empty) { try PKICertificate.parseAll([]) }
        for bytes: [UInt8] in [
            [0x30], [0x30, 0x80], [0x30, 0x03, 0x02, 0x01], [0x04, 0x00], [0xFF, 0xFF, 0xFF], [0x30, 0x00],
        ] {
            #expect(throws: CertificateParseError.self) { try PKICertificate.parseAll(bytes) }
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes =
                [0x30]
                + (0..<Int.random(in: 1...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            #expect(throws: CertificateParseError.self) { try PKICertificate.parseAll(bytes) }
        }
    }

    @Test("PEM without a certificate, and broken PEM")
    func badPEM() throws {
        #expect(throws: CertificateParseError.noCertificateInPEM) {
            try PKICertificate.parseAll(Array(h.smdpAuth.privateKeyPEM.utf8))
        }
        let broken = "-----BEGIN CERTIFICATE-----\n!!!not base64!!!\n-----END CERTIFICATE-----\n"
        #expect(throws: CertificateParseError.self) { try PKICertificate(pemEncoded: broken) }
        let unterminated = "-----BEGIN CERTIFICATE-----\nMIIB\n"
        #expect(throws: CertificateParseError.self) { try PKICertificate(pemEncoded: unterminated) }
        #expect(throws: CertificateParseError.self) { try PKICertificate(pemEncoded: "just some words") }
        let pemOfGarbage = PEMDocument(type: "CERTIFICATE", derBytes: [0x30, 0x03, 0x01, 0x01, 0xFF]).pemString
        #expect(throws: CertificateParseError.self) { try PKICertificate(pemEncoded: pemOfGarbage) }
    }

    @Test("a chain file with several certificates parses in order")
    func multiplePEM() throws {
        let text = h.euicc.certificatePEM + h.smdpAuth.privateKeyPEM + h.eum.certificatePEM
        let all = try PKICertificate.parseAll(Array(text.utf8))
        #expect(all == [h.euicc.parsed, h.eum.parsed])
    }

    @Test("every truncation of a certificate is an error", arguments: [false, true])
    func truncated(sgp26: Bool) throws {
        let der =
            sgp26
            ? try PKITestSupport.sgp26Certificate("DPtls/CERT_S_SM_DP_TLS_BRP_valid2030.der").derBytes
            : h.eum.certificateDER
        for length in 0..<der.count {
            #expect(throws: CertificateParseError.self) { try PKICertificate(derEncoded: der.prefix(length)) }
        }
        #expect(throws: CertificateParseError.self) { try PKICertificate(derEncoded: der + [0x00]) }
    }

    @Test("no single-bit change of a certificate still verifies")
    func bitFlips() throws {
        let der = h.euicc.certificateDER
        let verifier = ChainVerifier()
        for index in der.indices {
            var flipped = der
            flipped[index] ^= 0x04
            guard let certificate = try? PKICertificate(derEncoded: flipped) else { continue }
            let verified = try? verifier.verify(
                leaf: certificate, intermediates: [h.eum.parsed], roots: [h.ci.parsed], at: Date(), expecting: .euicc
            )
            #expect(verified == nil, "a flip at byte \(index) still verifies")
        }
    }

    @Test("malformed extensions the PKI reads are reported by name")
    func malformedExtensions() throws {
        let cases: [(ASN1ObjectIdentifier, String)] = [
            ([2, 5, 29, 32], "certificatePolicies"), ([2, 5, 29, 15], "keyUsage"),
            ([2, 23, 146, 1, 2, 2, 0], "permittedEins"),
        ]
        for (oid, name) in cases {
            var extensions = Certificate.Extensions()
            try extensions.append(Certificate.Extension(oid: oid, critical: true, value: [0x30, 0x02, 0xFF, 0x00]))
            let key = Certificate.PrivateKey(h.ci.privateKey)
            let certificate = try Certificate(
                version: .v3, serialNumber: .init(), publicKey: key.publicKey, notValidBefore: Date(),
                notValidAfter: Date().addingTimeInterval(60), issuer: h.ci.certificate.subject,
                subject: h.ci.certificate.subject, signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions,
                issuerPrivateKey: key
            )
            var serializer = DER.Serializer()
            try serializer.serialize(certificate)
            let error = #expect(throws: CertificateParseError.self) {
                try PKICertificate(derEncoded: serializer.serializedBytes)
            }
            guard case .malformedExtension(let reported, _, _) = error else {
                Issue.record("expected malformedExtension for \(name), got \(String(describing: error))")
                continue
            }
            #expect(reported == name)
        }
    }

    @Test("the extension types round-trip and refuse bad encodings")
    func extensionTypes() throws {
        let policies = CertificatePolicies([
            PolicyInformation(policyIdentifier: CertificateRole.eum.oid()),
            PolicyInformation(policyIdentifier: [1, 2, 3], policyQualifiers: [try ASN1Any(erasing: ASN1Null())]),
        ])
        var serializer = DER.Serializer()
        try serializer.serialize(policies)
        #expect(try CertificatePolicies(derEncoded: serializer.serializedBytes) == policies)
        #expect(throws: (any Error).self) { try CertificatePolicies(derEncoded: [0x30, 0x00]) }
        #expect(throws: (any Error).self) { try CertificatePolicies(derEncoded: [0x30, 0x04, 0x30, 0x02, 0x04, 0x00]) }

        let eins = PermittedEINs(prefixes: ["89049032", "89033023"])
        var einsSerializer = DER.Serializer()
        try einsSerializer.serialize(eins)
        #expect(try PermittedEINs(derEncoded: einsSerializer.serializedBytes) == eins)
        #expect(throws: (any Error).self) { try PermittedEINs(derEncoded: [0x30, 0x03, 0x0C, 0x01, 0x41]) }
    }

    @Test("malformed private keys are refused with a sentence")
    func badKeys() {
        #expect(throws: PrivateKeyLoadError.noPrivateKey) {
            try PrivateKeyLoader.p256SigningKey(pem: h.ci.certificatePEM)
        }
        #expect(throws: PrivateKeyLoadError.self) { try PrivateKeyLoader.p256SigningKey(pem: "garbage") }
        let bogus = PEMDocument(type: "PRIVATE KEY", derBytes: [0x30, 0x00]).pemString
        #expect(throws: PrivateKeyLoadError.self) { try PrivateKeyLoader.p256SigningKey(pem: bogus) }
    }
}
