import Crypto
import Foundation
import SSPPKI
import Testing

@testable import EUICC

/// The ECASD identity and the trusted CI list: from the project's PKI or from files.
@Suite struct IdentityTests {
    @Test func importedFromPEMAndDERFiles() async throws {
        let hierarchy = try TestHierarchy.generate()
        let folder = try TestData.temporaryDirectory()
        let certificate = folder.appendingPathComponent("euicc.pem")
        let key = folder.appendingPathComponent("euicc-key.pem")
        let eum = folder.appendingPathComponent("eum.der")
        try Data(hierarchy.euicc.certificatePEM.utf8).write(to: certificate)
        try Data(hierarchy.euicc.privateKeyPEM.utf8).write(to: key)
        try Data(hierarchy.eum.certificateDER).write(to: eum)

        let identity = try EUICCIdentity(certificateFile: certificate, privateKeyFile: key, eumCertificateFile: eum)
        #expect(identity.eid.digits == hierarchy.options.eid)
        #expect(identity.signingCIKeyIdentifier == hierarchy.ci.parsed.subjectKeyIdentifier)

        let card = try EUICC.create(
            at: folder.appendingPathComponent("card.sqlite"), identity: identity,
            trustedIssuers: [try TrustedCertificateIssuer(certificate: hierarchy.ci.parsed)])
        #expect(card.eid == identity.eid)
    }

    @Test func keyOfAnotherCertificateIsRefused() throws {
        let hierarchy = try TestHierarchy.generate()
        #expect(throws: EUICCError.self) {
            try EUICCIdentity(
                certificate: hierarchy.euicc.parsed, privateKey: P256.Signing.PrivateKey(),
                eumCertificate: hierarchy.eum.parsed)
        }
    }

    @Test func wrongRolesAndIssuersAreRefused() throws {
        let hierarchy = try TestHierarchy.generate()
        let other = try TestHierarchy.generate()
        #expect(throws: EUICCError.self) {
            try EUICCIdentity(
                certificate: hierarchy.smdpAuth.parsed, privateKey: hierarchy.smdpAuth.privateKey,
                eumCertificate: hierarchy.eum.parsed)
        }
        #expect(throws: EUICCError.self) {
            try EUICCIdentity(
                certificate: hierarchy.euicc.parsed, privateKey: hierarchy.euicc.privateKey,
                eumCertificate: other.eum.parsed)
        }
        #expect(throws: EUICCError.self) { try TrustedCertificateIssuer(certificate: hierarchy.eum.parsed) }
    }

    @Test func unreadableFilesAreRefused() throws {
        let folder = try TestData.temporaryDirectory()
        let junk = folder.appendingPathComponent("junk.pem")
        try Data("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n".utf8).write(to: junk)
        #expect(throws: EUICCError.self) { try TrustedCertificateIssuer(contentsOf: junk) }
        #expect(throws: EUICCError.self) {
            try EUICCIdentity(certificateFile: junk, privateKeyFile: junk, eumCertificateFile: junk)
        }
        #expect(throws: EUICCError.self) {
            try TrustedCertificateIssuer(contentsOf: folder.appendingPathComponent("missing.der"))
        }
    }

    @Test func sgp26CIIsACIThatCanBeTrusted() throws {
        let issuer = try TrustedCertificateIssuer(
            contentsOf: TestData.url("sgp26/CertificateIssuer/CERT_CI_ECDSA_NIST.pem"))
        #expect(issuer.keyIdentifier.count == 20)
    }

    @Test func aCardMustTrustSomeCI() throws {
        let hierarchy = try TestHierarchy.generate()
        let identity = try EUICCIdentity(
            certificate: hierarchy.euicc.parsed, privateKey: hierarchy.euicc.privateKey,
            eumCertificate: hierarchy.eum.parsed)
        let folder = try TestData.temporaryDirectory()
        #expect(throws: EUICCError.self) {
            try EUICC.create(at: folder.appendingPathComponent("card.sqlite"), identity: identity, trustedIssuers: [])
        }
    }
}

extension IdentityTests {
    @Test func brainpoolCICannotBeTrusted() throws {
        #expect(throws: EUICCError.self) {
            try TrustedCertificateIssuer(contentsOf: TestData.url("sgp26/CertificateIssuer/CERT_CI_ECDSA_BRP.der"))
        }
    }

    @Test func identityFromTheProjectPKI() throws {
        let hierarchy = try TestHierarchy.generate()
        let identity = try EUICCIdentity(euicc: hierarchy.euicc, eum: hierarchy.eum)
        #expect(identity.certificate == hierarchy.euicc.parsed)
    }
}

extension IdentityTests {
    @Test func identityMustVerifyUnderItsTrustedCI() throws {
        let hierarchy = try TestHierarchy.generate()
        // An eUICC whose EID lies outside the EUM's permitted range.
        let eid = try #require(EIDFormat.make(prefix: "89044045", individualNumber: 7))
        let outside = try PKIBuilder().euicc(eid: eid, commonName: "outsider", issuer: hierarchy.eum)
        let identity = try EUICCIdentity(euicc: outside, eum: hierarchy.eum)
        let folder = try TestData.temporaryDirectory()
        let url = folder.appendingPathComponent("card.sqlite")
        #expect(throws: EUICCError.self) {
            try EUICC.create(
                at: url, identity: identity,
                trustedIssuers: [try TrustedCertificateIssuer(certificate: hierarchy.ci.parsed)])
        }
        // Nothing is left behind.
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
