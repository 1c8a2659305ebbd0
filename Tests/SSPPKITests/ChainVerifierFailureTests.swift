import Crypto
import Foundation
import SSPPKI
import Testing
import X509

/// Each refusal of the verifier, provoked on purpose.
@Suite("Chain verifier failures")
struct ChainVerifierFailureTests {
    let h: TestHierarchy

    init() throws {
        h = try PKITestSupport.makeHierarchy()
    }
    let verifier = ChainVerifier()
    var roots: [PKICertificate] { [h.ci.parsed, h.spbCI.parsed] }

    /// Verifies and returns the error, failing the test when there is none.
    func failure(
        _ leaf: PKICertificate, intermediates: [PKICertificate] = [], roots: [PKICertificate]? = nil,
        at time: Date = Date(), expecting role: CertificateRole
    ) -> ChainVerificationError? {
        #expect(throws: ChainVerificationError.self) {
            try verifier.verify(
                leaf: leaf, intermediates: intermediates, roots: roots ?? self.roots, at: time, expecting: role
            )
        }
    }

    @Test("a tampered signature byte")
    func tamperedSignature() throws {
        var der = h.smdpAuth.certificateDER
        der[der.count - 1] ^= 0x01
        let tampered = try PKICertificate(derEncoded: der)
        let error = failure(tampered, expecting: .dpAuth)
        #expect(error == .signatureInvalid(subject: tampered.subject.readable, issuer: h.ci.parsed.subject.readable))
        #expect(error?.description.contains("does not verify") == true)
    }

    @Test("a certificate expired at the given time, and one not yet valid")
    func validityPeriod() throws {
        let leaf = h.smdpPb.parsed
        let late = leaf.notValidAfter.addingTimeInterval(1)
        #expect(
            failure(leaf, at: late, expecting: .dpPb)
                == .expired(subject: leaf.subject.readable, notAfter: leaf.notValidAfter))
        let early = leaf.notValidBefore.addingTimeInterval(-1)
        #expect(
            failure(leaf, at: early, expecting: .dpPb)
                == .notYetValid(subject: leaf.subject.readable, notBefore: leaf.notValidBefore))
    }

    @Test("the wrong role for the leaf, and for an intermediate")
    func wrongRole() throws {
        let leaf = h.smdpPb.parsed
        #expect(
            failure(leaf, expecting: .dpAuth)
                == .wrongRole(subject: leaf.subject.readable, expected: .dpAuth, found: .dpPb))
        // An eUICC certificate signed by an SPB Manager key posing as its EUM.
        let builder = PKIBuilder()
        let fakeEUM = try builder.issue(
            role: .spbmSigning, subject: h.eum.certificate.subject, profile: CertificateProfile.standard(for: .eum),
            key: P256.Signing.PrivateKey(), issuer: h.spbCI
        )
        let euicc = try builder.issue(role: .euicc, subject: h.euicc.certificate.subject, issuer: fakeEUM)
        #expect(
            failure(euicc.parsed, intermediates: [fakeEUM.parsed], expecting: .euicc)
                == .wrongRole(subject: fakeEUM.parsed.subject.readable, expected: .eum, found: .spbmSigning)
        )
    }

    @Test("an eUICC whose EID is outside the EUM's range")
    func eidOutOfRange() throws {
        let eid = try #require(EIDFormat.make(prefix: "89049033", individualNumber: 7))
        let outside = try PKIBuilder().euicc(eid: eid, commonName: "Stray eUICC", issuer: h.eum)
        let error = failure(outside.parsed, intermediates: [h.eum.parsed], expecting: .euicc)
        #expect(error == .eidOutOfRange(eid: eid, permitted: ["89049032… (O=SSP Lab EUM)"]))
        #expect(error?.description.contains(eid) == true)
    }

    @Test("an eUICC of another organisation under the EUM")
    func eidOrganisationMismatch() throws {
        let subject = try PKIBuilder.name(
            country: "XX", organization: "Other EUM", serialNumber: EIDFormat.labDefault, commonName: "eUICC"
        )
        let other = try PKIBuilder().issue(role: .euicc, subject: subject, issuer: h.eum)
        #expect(
            failure(other.parsed, intermediates: [h.eum.parsed], expecting: .euicc)
                == .eidOutOfRange(eid: EIDFormat.labDefault, permitted: ["89049032… (O=SSP Lab EUM)"])
        )
    }

    @Test("an SPBL whose platform identifier is outside the maker's range")
    func platformOutOfRange() throws {
        let platform = try PrimaryPlatformIdentifier("ZZZZ-0000-0000-0000-0000-0000-0000-0001")
        let spbl = try PKIBuilder().spbl(platform: platform, commonName: "Stray SPBL", issuer: h.isspMaker)
        let error = failure(spbl.parsed, intermediates: [h.isspMaker.parsed], expecting: .spbl)
        #expect(
            error
                == .platformIdentifierOutOfRange(
                    identifier: platform.value, permitted: ["55AA… (O=SSP Lab iSSP Maker)"]))
    }

    @Test("a missing intermediate")
    func missingIntermediate() {
        let error = failure(h.euicc.parsed, intermediates: [], expecting: .euicc)
        #expect(
            error
                == .missingIntermediate(
                    subject: h.euicc.parsed.subject.readable, issuer: h.eum.parsed.subject.readable, expectedRole: .eum
                ))
    }

    @Test("an unknown root, by name and by key")
    func unknownRoot() throws {
        let other = try TestHierarchy.generate()
        // Same names as the trusted hierarchy, other keys: the key identifiers and signatures tell them apart.
        #expect(
            failure(other.smdpAuth.parsed, expecting: .dpAuth) == .untrustedRoot(subject: h.ci.parsed.subject.readable))
        // Only the eSIM CI trusted: the iSSP chain ends nowhere.
        #expect(
            failure(h.spbmSigning.parsed, roots: [h.ci.parsed], expecting: .spbmSigning)
                == .untrustedRoot(subject: h.spbCI.parsed.subject.readable)
        )
        // A CI given as an intermediate is not trusted.
        #expect(
            failure(h.smdpTLS.parsed, intermediates: [h.ci.parsed], roots: [h.spbCI.parsed], expecting: .dpTLS)
                == .untrustedRoot(subject: h.ci.parsed.subject.readable)
        )
    }

    @Test("an EUM without the CA bit")
    func caBitMissing() throws {
        var profile = CertificateProfile.standard(for: .eum)
        profile.basicConstraints = nil
        let builder = PKIBuilder()
        let range = try IdentifierRange(organization: "SSP Lab EUM", prefix: "89049032").nameConstraints(country: "XX")
        let eum = try builder.issue(
            role: .eum, subject: h.eum.certificate.subject, nameConstraints: range, profile: profile, issuer: h.ci
        )
        let euicc = try builder.euicc(eid: EIDFormat.labDefault, commonName: "eUICC", issuer: eum)
        #expect(
            failure(euicc.parsed, intermediates: [eum.parsed], expecting: .euicc)
                == .notACertificateAuthority(subject: eum.parsed.subject.readable)
        )
    }

    @Test("an EUM without keyCertSign, and a signing leaf without digitalSignature")
    func keyUsage() throws {
        var profile = CertificateProfile.standard(for: .eum)
        profile.keyUsage = KeyUsage(digitalSignature: true)
        let builder = PKIBuilder()
        let eum = try builder.issue(role: .eum, subject: h.eum.certificate.subject, profile: profile, issuer: h.ci)
        let euicc = try builder.euicc(eid: EIDFormat.labDefault, commonName: "eUICC", issuer: eum)
        #expect(
            failure(euicc.parsed, intermediates: [eum.parsed], expecting: .euicc)
                == .keyUsageMissing(subject: eum.parsed.subject.readable, usage: .keyCertSign)
        )
        var leafProfile = CertificateProfile.standard(for: .dpAuth)
        leafProfile.keyUsage = KeyUsage(keyAgreement: true)
        let auth = try builder.issue(
            role: .dpAuth, subject: h.smdpAuth.certificate.subject, profile: leafProfile, issuer: h.ci
        )
        #expect(
            failure(auth.parsed, expecting: .dpAuth)
                == .keyUsageMissing(subject: auth.parsed.subject.readable, usage: .digitalSignature))
    }

    @Test("a TLS certificate without serverAuth")
    func serverAuthMissing() throws {
        var profile = CertificateProfile.standard(for: .dpTLS)
        profile.extendedKeyUsage = [.clientAuth]
        let tls = try PKIBuilder().issue(
            role: .dpTLS, subject: h.smdpTLS.certificate.subject, profile: profile, issuer: h.ci)
        #expect(
            failure(tls.parsed, expecting: .dpTLS)
                == .extendedKeyUsageMissing(subject: tls.parsed.subject.readable, usage: "serverAuth"))
    }

    @Test("an unknown critical extension")
    func unknownCriticalExtension() throws {
        let builder = PKIBuilder()
        let key = P256.Signing.PrivateKey()
        var extensions = h.smdpAuth.certificate.extensions
        try extensions.append(
            Certificate.Extension(oid: [1, 3, 6, 1, 4, 1, 99999, 1], critical: true, value: [0x05, 0x00]))
        let certificate = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
            notValidBefore: builder.notValidBefore, notValidAfter: Date().addingTimeInterval(86_400),
            issuer: h.ci.certificate.subject, subject: h.smdpAuth.certificate.subject,
            signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions, issuerPrivateKey: .init(h.ci.privateKey)
        )
        let parsed = try PKICertificate(certificate)
        #expect(
            failure(parsed, expecting: .dpAuth)
                == .unhandledCriticalExtension(subject: parsed.subject.readable, oid: "1.3.6.1.4.1.99999.1"))
    }

    @Test("an issuer name that does not match, and an authority key identifier that does not")
    func nameAndKeyIdentifierChaining() throws {
        // A certificate naming another issuer, though the CI signed it and its AKI points at the CI.
        let builder = PKIBuilder()
        let key = P256.Signing.PrivateKey()
        let wrongIssuerName = try PKIBuilder.name(organization: "Somebody", commonName: "Not the CI")
        let renamed = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
            notValidBefore: builder.notValidBefore, notValidAfter: Date().addingTimeInterval(86_400),
            issuer: wrongIssuerName, subject: h.smdpAuth.certificate.subject,
            signatureAlgorithm: .ecdsaWithSHA256, extensions: h.smdpAuth.certificate.extensions,
            issuerPrivateKey: .init(h.ci.privateKey)
        )
        let renamedParsed = try PKICertificate(renamed)
        #expect(
            failure(renamedParsed, expecting: .dpAuth)
                == .issuerNameMismatch(
                    subject: renamedParsed.subject.readable, issuer: wrongIssuerName.readable,
                    candidate: h.ci.parsed.subject.readable
                ))

        // The right issuer name and signature, but an authority key identifier pointing elsewhere.
        var extensions = h.smdpAuth.certificate.extensions
        let bogusKeyID: [UInt8] = Array(repeating: 0xAB, count: 20)
        _ = extensions.update(try AuthorityKeyIdentifier(keyIdentifier: bogusKeyID[...]).makeCertificateExtension())
        let badAKI = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
            notValidBefore: builder.notValidBefore, notValidAfter: Date().addingTimeInterval(86_400),
            issuer: h.ci.certificate.subject, subject: h.smdpAuth.certificate.subject,
            signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions, issuerPrivateKey: .init(h.ci.privateKey)
        )
        let badAKIParsed = try PKICertificate(badAKI)
        let error = failure(badAKIParsed, expecting: .dpAuth)
        guard case .keyIdentifierMismatch(let subject, let authorityKeyID, _) = error else {
            Issue.record("expected keyIdentifierMismatch, got \(String(describing: error))")
            return
        }
        #expect(subject == badAKIParsed.subject.readable)
        #expect(authorityKeyID?.hasPrefix("AB:AB") == true)
    }

    @Test("a certificate naming two roles")
    func ambiguousRole() throws {
        let key = P256.Signing.PrivateKey()
        var extensions = h.smdpAuth.certificate.extensions
        _ = extensions.update(
            try CertificatePolicies(identifiers: [CertificateRole.dpAuth.oid(), CertificateRole.dpPb.oid()])
                .makeExtension(critical: true)
        )
        let certificate = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
            notValidBefore: PKIBuilder().notValidBefore, notValidAfter: Date().addingTimeInterval(86_400),
            issuer: h.ci.certificate.subject, subject: h.smdpAuth.certificate.subject,
            signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions, issuerPrivateKey: .init(h.ci.privateKey)
        )
        let parsed = try PKICertificate(certificate)
        #expect(
            failure(parsed, expecting: .dpAuth)
                == .ambiguousRole(subject: parsed.subject.readable, roles: [.dpAuth, .dpPb]))
    }

    @Test("every error reads as a sentence naming the certificate")
    func descriptions() {
        let errors: [ChainVerificationError] = [
            .signatureInvalid(subject: "S", issuer: "I"),
            .expired(subject: "S", notAfter: Date(timeIntervalSince1970: 0)),
            .notYetValid(subject: "S", notBefore: Date(timeIntervalSince1970: 0)),
            .wrongRole(subject: "S", expected: .eum, found: nil), .notACertificateAuthority(subject: "S"),
            .keyUsageMissing(subject: "S", usage: .keyAgreement),
            .missingIntermediate(subject: "S", issuer: "I", expectedRole: .eum),
            .untrustedRoot(subject: "S"), .unsupportedCurve(subject: "S", name: "brainpoolP256r1"),
            .eidOutOfRange(eid: "E", permitted: ["P"]),
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."))
            #expect(error.description.contains("S") || error.description.contains("E"))
        }
        #expect(
            ChainVerificationError.expired(subject: "S", notAfter: Date(timeIntervalSince1970: 0)).description
                == "The certificate \"S\" expired on 1970-01-01T00:00:00Z.")
    }
}
