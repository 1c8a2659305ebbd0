import Foundation
import SGP22
import SMDPPlus
import SSPPKI
import Testing

/// Reading configuration files and credentials, and refusing the ones the server could not run with.
@Suite("Configuration")
struct ConfigurationTests {
    static func write(_ text: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("smdp.json")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("a configuration file with relative paths and partial limits")
    func loadsFile() throws {
        let folder = try TestData.temporaryDirectory()
        let path = try Self.write(
            """
            {"port": 9443, "address": "smdp.lab.example:9443", "databasePath": "data/smdp.sqlite",
             "tls": {"certificate": "pki/smdp/tls/cert.pem", "privateKey": "pki/smdp/tls/key.pem"},
             "dpAuth": {"certificate": "pki/smdp/auth/cert.pem", "privateKey": "pki/smdp/auth/key.pem"},
             "dpPb": {"certificate": "/abs/pb.pem", "privateKey": "pki/smdp/pb/key.pem"},
             "trustedCIs": ["pki/ci/cert.pem"], "hostId": "LAB",
             "limits": {"confirmationCodeAttempts": 5}}
            """, in: folder)
        let configuration = try SMDPConfiguration.load(from: path)
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 9443)
        #expect(configuration.databasePath == folder.appendingPathComponent("data/smdp.sqlite").path)
        #expect(configuration.dpPb.certificate == "/abs/pb.pem")
        #expect(configuration.limits?.confirmationCodeAttempts == 5)
        #expect(configuration.limits?.downloadAttempts == SMDPLimits().downloadAttempts)
        #expect(configuration.settings.hostId == Array("LAB".utf8))
        #expect(configuration.settings.isOwnAddress("SMDP.LAB.EXAMPLE:9443"))
    }

    @Test("hostile or wrong configuration files are refused with the field at fault")
    func refusesBadFiles() throws {
        let folder = try TestData.temporaryDirectory()
        let base = """
            "address": "a.example", "databasePath": "x", "dpAuth": {"certificate": "c", "privateKey": "k"},
            "dpPb": {"certificate": "c", "privateKey": "k"}, "trustedCIs": []
            """
        let cases: [(String, String)] = [
            ("{\(base), \"port\": 70000}", "port"),
            ("{\(base), \"operatorCallbackURL\": \"ftp://op.example\"}", "operatorCallbackURL"),
            ("{\(base), \"hostId\": \"THIS-HOST-ID-IS-TOO-LONG\"}", "hostId"),
            ("{\(base), \"limits\": {\"sessionLifetime\": -1}}", "sessionLifetime"),
            ("{\(base.replacingOccurrences(of: "a.example", with: "a.example/path"))}", "address"),
            ("{\"address\": \"a.example\"", "smdp.json"),
            ("[]", "smdp.json"),
            (String(repeating: "[", count: 100_000), "smdp.json"),
        ]
        for (text, field) in cases {
            let path = try Self.write(text, in: folder)
            do {
                _ = try SMDPConfiguration.load(from: path)
                Issue.record("accepted \(text.prefix(60))")
            } catch {
                #expect("\(error)".contains(field), "\(error)")
            }
        }
        #expect(throws: SMDPConfigurationError.self) {
            try SMDPConfiguration.load(from: folder.appendingPathComponent("none").path)
        }
    }

    @Test("lab credentials load; swapped, foreign or mismatched ones are refused")
    func credentials() throws {
        let hierarchy = try TestHierarchy.generate()
        let folder = try TestData.temporaryDirectory()
        try TestLab.write(hierarchy, to: folder)
        let configuration = SMDPConfiguration.labPKI(directory: folder.path, address: "localhost:1", databasePath: "x")
        let credentials = try configuration.loadCredentials()
        #expect(credentials.smdpOid == hierarchy.smdpAuth.parsed.registeredIDs.first)
        #expect(credentials.ciKeyIdentifier == hierarchy.ci.parsed.subjectKeyIdentifier)

        let auth = try SigningIdentity(hierarchy.smdpAuth)
        let pb = try SigningIdentity(hierarchy.smdpPb)
        #expect(throws: SMDPConfigurationError.self) {
            try SMDPCredentials(dpAuth: pb, dpPb: auth, trustedCIs: [hierarchy.ci.parsed])
        }
        let foreign = try TestHierarchy.generate()
        #expect(throws: SMDPConfigurationError.self) {
            try SMDPCredentials(dpAuth: auth, dpPb: pb, trustedCIs: [foreign.ci.parsed])
        }
        #expect(throws: SMDPConfigurationError.self) {
            try SMDPCredentials(
                dpAuth: auth, dpPb: try SigningIdentity(foreign.smdpPb),
                trustedCIs: [hierarchy.ci.parsed, foreign.ci.parsed])
        }
        #expect(throws: SMDPConfigurationError.self) {
            try SigningIdentity(certificate: hierarchy.smdpAuth.parsed, privateKey: hierarchy.smdpPb.privateKey)
        }
        #expect(throws: SMDPConfigurationError.self) { try SMDPCredentials(dpAuth: auth, dpPb: pb, trustedCIs: []) }
        let expired = Date().addingTimeInterval(100 * 365 * 24 * 3600)
        #expect(throws: SMDPConfigurationError.self) {
            try SMDPCredentials(dpAuth: auth, dpPb: pb, trustedCIs: [hierarchy.ci.parsed], at: expired)
        }
    }

    @Test("credential files that are not certificates or keys")
    func hostileCredentialFiles() throws {
        let folder = try TestData.temporaryDirectory()
        let noise = folder.appendingPathComponent("noise.pem")
        try Data("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".utf8).write(to: noise)
        let empty = folder.appendingPathComponent("empty.der")
        try Data().write(to: empty)
        #expect(throws: SMDPConfigurationError.self) { try CredentialFiles.certificate(at: noise.path) }
        #expect(throws: SMDPConfigurationError.self) { try CredentialFiles.certificate(at: empty.path) }
        #expect(throws: SMDPConfigurationError.self) { try CredentialFiles.privateKey(at: empty.path) }
        #expect(throws: SMDPConfigurationError.self) {
            try CredentialFiles.privateKey(at: TestData.url("sgp26/DPauth/SK_S_SM_DPauth_ECDSA_BRP.pem").path)
        }
    }

    @Test("MatchingIDs, confirmation code hashes and the state machine")
    func smallRules() throws {
        let generated = (0..<50).map { _ in MatchingIdGenerator.generate() }
        #expect(Set(generated).count == 50)
        #expect(generated.allSatisfy(MatchingIdGenerator.isValid))
        #expect(!MatchingIdGenerator.isValid(""))
        #expect(!MatchingIdGenerator.isValid("abc"))
        #expect(!MatchingIdGenerator.isValid("A$B"))
        #expect(!MatchingIdGenerator.isValid(String(repeating: "A", count: 256)))

        let transactionId = try TransactionId(bytes: [1, 2, 3])
        let hash = ConfirmationCode.hash(of: "1234")
        let hashCc = ConfirmationCode.hashCc(codeHash: hash, transactionId: transactionId)
        #expect(ConfirmationCode.matches(hashCc, codeHash: hash, transactionId: transactionId))
        #expect(!ConfirmationCode.matches(hashCc, codeHash: hash, transactionId: try TransactionId(bytes: [1, 2, 4])))
        #expect(!ConfirmationCode.matches(Array(hashCc.prefix(31)), codeHash: hash, transactionId: transactionId))

        #expect(ProfileState.available.canMove(to: .linked))
        #expect(!ProfileState.available.canMove(to: .installed))
        #expect(ProfileState.installed.successors.isEmpty)
        #expect(ProfileState.unavailable.successors.isEmpty)
        #expect(ProfileState.downloaded.canMove(to: .released))
    }
}
