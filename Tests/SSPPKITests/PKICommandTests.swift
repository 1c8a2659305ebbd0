import ArgumentParser
import Foundation
import SSPPKI
import Testing

@testable import SSPCLI

/// `ssp pki init` and `ssp pki show`, driven in-process through the ArgumentParser types.
@Suite("ssp pki commands")
struct PKICommandTests {
    /// Parses `arguments` as the `ssp` command line and runs the chosen command.
    func ssp(_ arguments: [String]) async throws {
        var command = try SSPCommand.parseAsRoot(arguments)
        if var asyncCommand = command as? AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    }

    /// The report `ssp pki show` would print for `arguments`.
    func showReport(_ arguments: [String]) throws -> CertificateReport {
        let command = try #require(try SSPCommand.parseAsRoot(["pki", "show"] + arguments) as? PKIShowCommand)
        return try command.makeReport()
    }

    @Test("init writes the documented layout with private keys readable by the owner only")
    func initWritesLayout() async throws {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await ssp(["pki", "init", directory.path, "--hosts", "smdp.example.com,localhost", "--loopback"])

        for (role, folder) in HierarchyLayout.folders {
            let base = directory.appendingPathComponent(folder)
            for name in ["cert.pem", "cert.der", "key.pem", "key.der"] {
                #expect(
                    FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path), "\(folder)/\(name)")
            }
            for key in ["key.pem", "key.der"] {
                let attributes = try FileManager.default.attributesOfItem(atPath: base.appendingPathComponent(key).path)
                #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(folder)/\(key)")
            }
            let pem = try PKICertificate(
                pemEncoded: String(contentsOf: base.appendingPathComponent("cert.pem"), encoding: .utf8))
            let der = try PKICertificate(
                derEncoded: Array(try Data(contentsOf: base.appendingPathComponent("cert.der"))))
            #expect(pem == der)
            #expect(pem.role() == role)
            let identity = try HierarchyLayout.loadIdentity(role, from: directory)
            #expect(Array(identity.privateKey.publicKey.x963Representation) == identity.certificate.publicKeyBytes)
        }
        let tls = try HierarchyLayout.loadIdentity(.dpTLS, from: directory).certificate
        #expect(tls.dnsNames == ["smdp.example.com", "localhost"])
        #expect(tls.ipAddresses == ["127.0.0.1"])
    }

    @Test("init refuses to overwrite without --force, and replaces with it")
    func initForce() async throws {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await ssp(["pki", "init", directory.path])
        let first = try HierarchyLayout.loadIdentity(.ci, from: directory).certificate

        let error = await #expect(throws: PKICommandError.self) { try await ssp(["pki", "init", directory.path]) }
        #expect(error?.description.contains("--force") == true)
        #expect(try HierarchyLayout.loadIdentity(.ci, from: directory).certificate == first)

        try await ssp(["pki", "init", directory.path, "--force"])
        #expect(try HierarchyLayout.loadIdentity(.ci, from: directory).certificate != first)
        let keyPath = directory.appendingPathComponent("ci/key.pem").path
        #expect((try FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? Int) == 0o600)
    }

    @Test("init refuses bad input with a sentence")
    func initBadInput() async throws {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let eid = await #expect(throws: PKIBuilderError.self) {
            try await ssp(["pki", "init", directory.path, "--eid", "1234"])
        }
        #expect(eid?.description == "\"1234\" is not a valid EID: it has 4 characters instead of 32.")
        await #expect(throws: PKIBuilderError.self) {
            try await ssp(["pki", "init", directory.path, "--hosts", "not a host"])
        }
        await #expect(throws: PKIBuilderError.self) {
            try await ssp(["pki", "init", directory.path, "--platform-id", "XYZ"])
        }
        await #expect(throws: PKICommandError.self) {
            try await ssp(["pki", "init", directory.path, "--arc", "banana"])
        }
        #expect(!HierarchyLayout.isHierarchy(directory))
    }

    @Test("show describes each certificate and finds its issuers in the hierarchy folder")
    func showInHierarchy() async throws {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await ssp(["pki", "init", directory.path, "--eid", "89049032123451234512345678901235"])
        for (_, folder) in HierarchyLayout.folders {
            let path = directory.appendingPathComponent(folder).appendingPathComponent("cert.pem").path
            let report = try showReport([path])
            #expect(report.verified, "\(folder): \(report.lines.joined(separator: "\n"))")
            try await ssp(["pki", "show", path])
        }
        let euicc = try showReport([directory.appendingPathComponent("euicc/cert.der").path])
        let text = euicc.lines.joined(separator: "\n")
        #expect(text.contains("Role:        eUICC (2.23.146.1.2.1.1)"))
        #expect(text.contains("EID:         89049032123451234512345678901235"))
        #expect(text.contains("Key:         NIST P-256"))
        #expect(text.contains("Chain:       verifies"))
        let tls = try showReport([directory.appendingPathComponent("smdp/tls/cert.pem").path])
        #expect(tls.lines.contains { $0.contains("DNS:localhost") && $0.contains("RID:2.999.3103.2.3") })
        let spbl = try showReport([directory.appendingPathComponent("spbl/cert.pem").path])
        #expect(spbl.lines.contains { $0.hasPrefix("Platform ID: 55AA-") })
    }

    @Test("show reports a chain that does not verify with the verifier's sentence and a non-zero exit")
    func showFailure() async throws {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await ssp(["pki", "init", directory.path])
        let path = directory.appendingPathComponent("smdp/auth/cert.pem").path
        let report = try showReport([path, "--at", "2200-01-01"])
        #expect(!report.verified)
        #expect(report.lines.last?.contains("expired on") == true)
        await #expect(throws: ExitCode(1)) { try await ssp(["pki", "show", path, "--at", "2200-01-01"]) }

        // Outside its folder, with no roots given, the CI cannot be found.
        let loose = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: loose) }
        let copy = loose.appendingPathComponent("auth.pem")
        try FileManager.default.copyItem(atPath: path, toPath: copy.path)
        let alone = try showReport([copy.path])
        #expect(alone.lines.last?.contains("not one of the trusted roots") == true)
        let withRoots = try showReport([copy.path, "--roots", directory.appendingPathComponent("ci/cert.pem").path])
        #expect(withRoots.verified)
    }

    @Test("show verifies the SGP.26 certificates against a roots folder, and names brainpool")
    func showSGP26() throws {
        let roots = PKITestSupport.sgp26.appendingPathComponent("CertificateIssuer").path
        let nist = try showReport([
            PKITestSupport.sgp26.appendingPathComponent("DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der").path,
            "--roots", roots, "--at", "2025-06-01",
        ])
        #expect(nist.verified, "\(nist.lines)")
        let brainpool = try showReport([
            PKITestSupport.sgp26.appendingPathComponent("DPpb/CERT_S_SM_DPpb_ECDSA_BRP.der").path,
            "--roots", roots, "--at", "2025-06-01",
        ])
        #expect(!brainpool.verified)
        #expect(brainpool.lines.contains("Key:         brainpoolP256r1 (unsupported)"))
        #expect(brainpool.lines.last?.contains("brainpoolP256r1, which this implementation does not support") == true)
    }

    @Test("show refuses bad input with a sentence")
    func showBadInput() async throws {
        let directory = try PKITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("nothing.pem").path
        let error = #expect(throws: PKICommandError.self) { try showReport([missing]) }
        #expect(error?.description == "The file \(missing) does not exist.")

        let garbage = directory.appendingPathComponent("garbage.der")
        try Data([0x30, 0x82, 0x01]).write(to: garbage)
        let notCertificate = #expect(throws: PKICommandError.self) { try showReport([garbage.path]) }
        #expect(notCertificate?.description.contains("is not a certificate") == true)

        #expect(throws: PKICommandError.self) { try showReport([directory.path]) }
        let hierarchyCI = PKITestSupport.sgp26.appendingPathComponent("CertificateIssuer/CERT_CI_ECDSA_NIST.pem").path
        let date = #expect(throws: PKICommandError.self) { try showReport([hierarchyCI, "--at", "yesterday"]) }
        #expect(date?.description.contains("is not a date") == true)
        await #expect(throws: PKICommandError.self) { try await ssp(["pki", "show", missing]) }
    }
}
