import AsyncHTTPClient
import Crypto
import Foundation
import Logging
import NIOCore
import NIOSSL
import SGP22
import SMDPPlus
import SSPPKI
import Testing

/// The SM-DP+ with the GSMA SGP.26 test identities, as physical test eUICCs expect it: TLS with
/// CERT_S_SM_DP_TLS_NIST for testsmdpplus1.example.com and serverSigned1 signed with the SGP.26 DPauth key.
@Suite("SGP.26 identities")
struct SGP26Tests {
    @Test("serves TLS as testsmdpplus1.example.com and authenticates with the SGP.26 DPauth certificate")
    func sgp26Server() async throws {
        let folder = try TestData.temporaryDirectory()
        let port = try FreePort.find()
        let configuration = SMDPConfiguration.sgp26(
            directory: TestData.sgp26.path, databasePath: folder.appendingPathComponent("smdp.sqlite").path,
            port: port)
        #expect(configuration.address == "testsmdpplus1.example.com")
        var logger = Logger(label: "sgp26-test")
        logger.logLevel = .critical
        let server = try await RunningServer.start(configuration, clock: { Date() }, logger: logger)

        let ci = try CredentialFiles.certificate(
            at: TestData.url("sgp26/CertificateIssuer/CERT_CI_ECDSA_NIST.der").path)
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates([try NIOSSLCertificate(bytes: ci.derBytes, format: .der)])
        var clientConfiguration = HTTPClient.Configuration(tlsConfiguration: tls)
        clientConfiguration.dnsOverride = ["testsmdpplus1.example.com": "127.0.0.1"]
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
        do {
            try await Self.exercise(server: server, client: client, configuration: configuration, port: port, ci: ci)
        } catch {
            try? await client.shutdown()
            try? await server.stop()
            throw error
        }
        try await client.shutdown()
        try await server.stop()
    }

    static func exercise(
        server: RunningServer, client: HTTPClient, configuration: SMDPConfiguration, port: Int, ci: PKICertificate
    ) async throws {

        let ciKey = try #require(ci.subjectKeyIdentifier)
        let info = EUICCInfo1(
            svn: VersionType(major: 2, minor: 2, revision: 2), euiccCiPKIdListForVerification: [ciKey],
            euiccCiPKIdListForSigning: [ciKey])
        let challenge = [UInt8](repeating: 0x5A, count: 16)
        let message = ES9Plus.InitiateAuthenticationRequest(
            euiccChallenge: challenge, euiccInfo1: try info.derBytes(), smdpAddress: configuration.address)
        var request = HTTPClientRequest(
            url: "https://testsmdpplus1.example.com:\(port)\(ES9PlusFunction.initiateAuthentication.path)")
        request.method = .POST
        for (name, value) in RSPHTTPBinding.requestHeaders { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: Array(try RSPJSON.encode(message))))
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        let answer = try RSPJSON.decodeOutcome(ES9Plus.InitiateAuthenticationResponse.self, from: Data(buffer: body))
            .executed()

        let dpAuth = try CredentialFiles.certificate(
            at: TestData.url("sgp26/DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der").path)
        #expect(answer.serverCertificate == dpAuth.derBytes)
        #expect(answer.euiccCiPKIdToBeUsed == [0x04, 0x14] + ciKey)
        let signed = try ServerSigned1(derBytes: answer.serverSigned1)
        #expect(signed.serverAddress == "testsmdpplus1.example.com")
        #expect(signed.euiccChallenge == challenge)
        let key = try P256.Signing.PublicKey(x963Representation: dpAuth.publicKeyBytes)
        let signature = try TestDevice.value(of: answer.serverSignature1, .application(55))
        #expect(key.isValidSignature(rawBytes: signature, for: answer.serverSigned1))

        // An operator order on this SM-DP+ yields an activation code naming it and its OID.
        let administration = SMDPAdministration(context: server.server.context)
        _ = try await administration.importProfiles(from: TestData.ts48)
        let code = try await administration.order(profile: "TS48V1-A-UNIQUE", confirmationCode: "55")
        #expect(code.smdpAddress == "testsmdpplus1.example.com")
        #expect(code.smdpOID == "2.999.10")
        #expect(code.confirmationCodeRequired)
        #expect(MatchingIdGenerator.isValid(code.matchingID))
    }
}
