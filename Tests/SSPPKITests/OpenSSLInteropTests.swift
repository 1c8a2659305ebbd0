import Foundation
import SSPPKI
import Testing

/// `openssl verify` (OpenSSL's RFC 5280 path validation, in strict X.509 mode) accepts the
/// generated chains, with no `-partial_chain`: every chain runs up to a self-signed trusted root.
@Suite(
    "OpenSSL accepts the generated chains",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
struct OpenSSLInteropTests {
    let h: TestHierarchy

    init() throws {
        h = try PKITestSupport.makeHierarchy()
    }

    /// Writes `certificates` as PEM files and runs `openssl verify` on the leaf.
    func opensslVerify(
        leaf: IssuedIdentity, intermediates: [IssuedIdentity] = [], root: IssuedIdentity, extra: [String] = []
    ) throws -> PKITestSupport.ProcessResult {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func file(_ name: String, _ identities: [IssuedIdentity]) throws -> String {
            let url = directory.appendingPathComponent(name)
            try identities.map(\.certificatePEM).joined().write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        var arguments = ["verify", "-x509_strict", "-CAfile", try file("root.pem", [root])]
        if !intermediates.isEmpty { arguments += ["-untrusted", try file("intermediates.pem", intermediates)] }
        arguments += extra
        arguments.append(try file("leaf.pem", [leaf]))
        return try PKITestSupport.run("/usr/bin/openssl", arguments)
    }

    @Test("eUICC → EUM → CI, through the EUM's name constraints")
    func euiccChain() throws {
        let result = try opensslVerify(leaf: h.euicc, intermediates: [h.eum], root: h.ci)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains(": OK"))
    }

    @Test("SM-DP+ auth, pb and TLS → CI")
    func smdpChains() throws {
        for leaf in [h.smdpAuth, h.smdpPb] {
            let result = try opensslVerify(leaf: leaf, root: h.ci)
            #expect(result.status == 0, "\(leaf.role): \(result.output)")
        }
        let tls = try opensslVerify(
            leaf: h.smdpTLS, root: h.ci,
            extra: ["-purpose", "sslserver", "-verify_hostname", "smdp.example.com"]
        )
        #expect(tls.status == 0, "\(tls.output)")
        let ip = try opensslVerify(
            leaf: h.smdpTLS, root: h.ci, extra: ["-purpose", "sslserver", "-verify_ip", "127.0.0.1"])
        #expect(ip.status == 0, "\(ip.output)")
    }

    @Test("SPB Manager TLS, signing and key agreement → SPB family CI")
    func spbmChains() throws {
        for leaf in [h.spbmTLS, h.spbmSigning, h.spbmKeyAgreement] {
            let result = try opensslVerify(leaf: leaf, root: h.spbCI)
            #expect(result.status == 0, "\(leaf.role): \(result.output)")
        }
    }

    @Test("SPBL → iSSP maker → SPB family CI, through the maker's name constraints")
    func spblChain() throws {
        let result = try opensslVerify(leaf: h.spbl, intermediates: [h.isspMaker], root: h.spbCI)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("OpenSSL still enforces the organisation part of the EUM's constraint")
    func opensslEnforcesOrganisation() throws {
        let subject = try PKIBuilder.name(
            country: "XX", organization: "Other EUM", serialNumber: EIDFormat.labDefault, commonName: "eUICC"
        )
        let stray = try PKIBuilder().issue(role: .euicc, subject: subject, issuer: h.eum)
        let result = try opensslVerify(leaf: stray, intermediates: [h.eum], root: h.ci)
        #expect(result.status != 0)
        #expect(result.output.contains("permitted subtree violation"))
    }

    @Test("OpenSSL reads the PKCS#8 private keys")
    func privateKeys() throws {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("key.pem")
        try h.smdpAuth.privateKeyPEM.write(to: url, atomically: true, encoding: .utf8)
        let result = try PKITestSupport.run("/usr/bin/openssl", ["pkey", "-in", url.path, "-noout", "-text"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("prime256v1") || result.output.contains("P-256"))
    }
}
