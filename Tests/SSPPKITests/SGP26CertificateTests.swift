import Foundation
import SSPPKI
import Testing

@Suite("SGP.26 test certificates")
struct SGP26CertificateTests {
    static let nistLeaves: [(String, CertificateRole)] = [
        ("DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der", .dpAuth),
        ("DPauth/CERT_S_SM_DP2auth_ECDSA_NIST.der", .dpAuth),
        ("DPpb/CERT_S_SM_DPpb_ECDSA_NIST.der", .dpPb),
        ("DPpb/CERT_S_SM_DP2pb_ECDSA_NIST.der", .dpPb),
        ("DPtls/CERT_S_SM_DP_TLS_NIST_valid2030.der", .dpTLS),
    ]

    static let brainpoolFiles = [
        "CertificateIssuer/CERT_CI_ECDSA_BRP.der",
        "DPauth/CERT_S_SM_DPauth_ECDSA_BRP.der",
        "DPauth/CERT_S_SM_DP2auth_ECDSA_BRP.der",
        "DPpb/CERT_S_SM_DPpb_ECDSA_BRP.der",
        "DPpb/CERT_S_SM_DP2pb_ECDSA_BRP.der",
        "DPtls/CERT_S_SM_DP_TLS_BRP_valid2030.der",
    ]

    @Test("the NIST CI parses as a P-256 CI certificate, in DER and PEM")
    func ciParses() throws {
        let ci = try PKITestSupport.sgp26Certificate("CertificateIssuer/CERT_CI_ECDSA_NIST.der")
        #expect(ci.role() == .ci)
        #expect(ci.keyCurve == .p256)
        #expect(ci.subject.commonName == "Test CI")
        #expect(ci.isSelfIssued)
        #expect(ci.subjectKeyIdentifier?.prefix(2) == [0xF5, 0x41])
        #expect(ci.serialNumberHex == "b8:74:f3:ab:fa:6c:44:d3")
        let pem = try String(
            contentsOf: PKITestSupport.sgp26.appendingPathComponent("CertificateIssuer/CERT_CI_ECDSA_NIST.pem"),
            encoding: .utf8
        )
        #expect(try PKICertificate(pemEncoded: pem) == ci)
        #expect(ci.certificate != nil)
    }

    @Test("the NIST SM-DP+ certificates verify to the CI", arguments: nistLeaves)
    func nistChainsVerify(path: String, role: CertificateRole) throws {
        let ci = try PKITestSupport.sgp26Certificate("CertificateIssuer/CERT_CI_ECDSA_NIST.der")
        let leaf = try PKITestSupport.sgp26Certificate(path)
        let chain = try ChainVerifier().verify(
            leaf: leaf, roots: [ci], at: PKITestSupport.sgp26CheckTime, expecting: role
        )
        #expect(chain.roles == [role, .ci])
        #expect(chain.root == ci)
    }

    @Test("the SGP.26 TLS certificate names its host and SM-DP+ OID")
    func tlsNames() throws {
        let tls = try PKITestSupport.sgp26Certificate("DPtls/CERT_S_SM_DP_TLS_NIST_valid2030.der")
        #expect(tls.dnsNames == ["testsmdpplus1.example.com"])
        #expect(tls.registeredIDs.map(\.dotted) == ["2.999.10"])
    }

    @Test("the SGP.26 chains are refused after 2030", arguments: nistLeaves)
    func expiredAfter2030(path: String, role: CertificateRole) throws {
        let ci = try PKITestSupport.sgp26Certificate("CertificateIssuer/CERT_CI_ECDSA_NIST.der")
        let leaf = try PKITestSupport.sgp26Certificate(path)
        let late = try #require(ISO8601DateFormatter().date(from: "2031-01-01T00:00:00Z"))
        #expect(throws: ChainVerificationError.expired(subject: leaf.subject.readable, notAfter: leaf.notValidAfter)) {
            try ChainVerifier().verify(leaf: leaf, roots: [ci], at: late, expecting: role)
        }
    }

    @Test("brainpool certificates parse and are reported as an unsupported curve", arguments: brainpoolFiles)
    func brainpool(path: String) throws {
        let certificate = try PKITestSupport.sgp26Certificate(path)
        #expect(certificate.keyCurve == .brainpoolP256r1)
        #expect(certificate.certificate == nil)
        let role = try #require(certificate.role())
        let brpCI = try PKITestSupport.sgp26Certificate("CertificateIssuer/CERT_CI_ECDSA_BRP.der")
        let error = #expect(throws: ChainVerificationError.self) {
            try ChainVerifier().verify(
                leaf: certificate, roots: [brpCI], at: PKITestSupport.sgp26CheckTime, expecting: role
            )
        }
        #expect(error == .unsupportedCurve(subject: certificate.subject.readable, name: "brainpoolP256r1"))
        #expect(error?.description.contains("brainpoolP256r1") == true)
        #expect(error?.description.contains("only NIST P-256") == true)
    }

    @Test("the SGP.26 SM-DP+ private key loads and matches its certificate")
    func privateKeyLoads() throws {
        let pem = try String(
            contentsOf: PKITestSupport.sgp26.appendingPathComponent("DPauth/SK_S_SM_DPauth_ECDSA_NIST.pem"),
            encoding: .utf8
        )
        let key = try PrivateKeyLoader.p256SigningKey(pem: pem)
        let leaf = try PKITestSupport.sgp26Certificate("DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der")
        #expect(Array(key.publicKey.x963Representation) == leaf.publicKeyBytes)
        let brp = try String(
            contentsOf: PKITestSupport.sgp26.appendingPathComponent("DPauth/SK_S_SM_DPauth_ECDSA_BRP.pem"),
            encoding: .utf8
        )
        #expect(throws: PrivateKeyLoadError.unsupportedCurve(name: "brainpoolP256r1")) {
            try PrivateKeyLoader.p256SigningKey(pem: brp)
        }
    }
}
