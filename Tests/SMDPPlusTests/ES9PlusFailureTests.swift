import Crypto
import Foundation
import SGP22
import SMDPPlus
import SSPPKI
import SwiftASN1
import Testing
import X509

/// ES9+ refusals over HTTPS, each with the status code SGP.22 gives it.
@Suite("ES9+ failures")
struct ES9PlusFailureTests {
    @Test("X-Admin-Protocol: missing, unsupported, and a supported v2 version echoed")
    func adminProtocol() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let body = Array(try RSPJSON.encode(try await device.initiateAuthenticationRequest(address: lab.address)))
            let path = ES9PlusFunction.initiateAuthentication.path
            let json = (RSPHTTPBinding.contentTypeHeaderName, RSPHTTPBinding.contentType)

            let missing = try await lab.post(path, body: body, headers: [json])
            #expect(missing.status == 200)
            #expect(try missing.failure().statusCodeData?.pair == "1.6/2.2")
            #expect(try missing.failure().statusCodeData?.subjectIdentifier == "X-Admin-Protocol")

            let wrong = try await lab.post(path, body: body, headers: [json, ("X-Admin-Protocol", "gsma/rsp/v1.0.0")])
            #expect(try wrong.failure().status == .failed)
            #expect(try wrong.failure().statusCodeData?.pair == "1.6/2.1")
            #expect(wrong.adminProtocol == RSPHTTPBinding.adminProtocol)

            let older = try await lab.post(path, body: body, headers: [json, ("X-Admin-Protocol", "gsma/rsp/v2.1.0")])
            #expect(older.status == 200)
            #expect(older.adminProtocol == "gsma/rsp/v2.1.0")
            #expect(older.contentType == RSPHTTPBinding.contentType)
            let answer = try RSPJSON.decodeOutcome(ES9Plus.InitiateAuthenticationResponse.self, from: Data(older.body))
            #expect(answer.body != nil)
            try await server.stop()
        }
    }

    @Test("bodies that are not JSON, miss a field, or carry bad base64 or DER")
    func malformedBodies() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let path = ES9PlusFunction.initiateAuthentication.path
            let notJSON = try await lab.post(path, body: Array("{\"euiccChallenge\": ".utf8))
            #expect(notJSON.status == 400)
            #expect(try notJSON.failure().statusCodeData?.pair == "1.6/2.1")

            let missing = try await lab.post(path, body: Array("{\"smdpAddress\":\"\(lab.address)\"}".utf8))
            #expect(try missing.failure().statusCodeData?.pair == "1.6/2.2")

            let badBase64 = try await lab.post(
                path,
                body: Array(
                    "{\"euiccChallenge\":\"!!\",\"euiccInfo1\":\"vyA=\",\"smdpAddress\":\"\(lab.address)\"}".utf8))
            #expect(try badBase64.failure().statusCodeData?.pair == "1.6/2.1")
            #expect(try badBase64.failure().statusCodeData?.subjectIdentifier == "euiccChallenge")

            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            var request = try await device.initiateAuthenticationRequest(address: lab.address)
            for cut in [1, 3, request.euiccInfo1.count / 2, request.euiccInfo1.count - 1] {
                request.euiccInfo1 = Array(try await device.euiccInfo1().prefix(cut))
                let truncated = try await lab.es9(request)
                #expect(truncated.failureCode?.pair == "1.6/2.1")
                #expect(truncated.failureCode?.subjectIdentifier == "euiccInfo1")
            }

            let wrongType = try await lab.post(
                ES9PlusFunction.authenticateClient.path,
                body: Array("{\"transactionId\":12,\"authenticateServerResponse\":\"vzg=\"}".utf8))
            #expect(try wrongType.failure().statusCodeData?.pair == "1.6/2.1")
            let notFound = try await lab.post("/gsma/rsp2/es9plus/noSuchFunction", body: Array("{}".utf8))
            #expect(notFound.status == 404)
            try await server.stop()
        }
    }

    @Test("InitiateAuthentication: another SM-DP+'s address, no CI in common")
    func initiateRefusals() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let otherAddress = try await lab.es9(
                try await device.initiateAuthenticationRequest(address: "other.example.com"))
            #expect(otherAddress.failureCode?.pair == "8.8.1/3.8")

            let strangeCI = [UInt8](repeating: 0x42, count: 20)
            let info = EUICCInfo1(
                svn: VersionType(major: 2, minor: 2, revision: 2), euiccCiPKIdListForVerification: [strangeCI],
                euiccCiPKIdListForSigning: [strangeCI])
            let noCommonCI = try await lab.es9(
                ES9Plus.InitiateAuthenticationRequest(
                    euiccChallenge: Array(repeating: 1, count: 16), euiccInfo1: try info.derBytes(),
                    smdpAddress: lab.address))
            #expect(noCommonCI.failureCode?.pair == "8.8.2/3.1")

            let ourCI = try #require(lab.hierarchy.ci.parsed.subjectKeyIdentifier)
            let verifyOnlyOthers = EUICCInfo1(
                svn: VersionType(major: 2, minor: 2, revision: 2), euiccCiPKIdListForVerification: [strangeCI],
                euiccCiPKIdListForSigning: [ourCI])
            let noDPauth = try await lab.es9(
                ES9Plus.InitiateAuthenticationRequest(
                    euiccChallenge: Array(repeating: 1, count: 16), euiccInfo1: try verifyOnlyOthers.derBytes(),
                    smdpAddress: lab.address))
            #expect(noDPauth.failureCode?.pair == "8.8.4/3.7")
            try await server.stop()
        }
    }

    @Test("AuthenticateClient: unknown MatchingID, a MatchingID used up, an order bound to another EID, not released")
    func orderRefusals() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let profiles = try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)

            #expect(
                try await lab.authenticate(device, matchingId: "NO-SUCH-ORDER").outcome.failureCode?.pair == "8.2.6/3.8"
            )

            let (_, used) = try await lab.order(iccid: profiles[0].iccid)
            try await lab.download(device, matchingId: used)
            #expect(try await lab.authenticate(device, matchingId: used).outcome.failureCode?.pair == "8.2.6/3.8")

            let otherEID = try EID.make(prefix30: "890490320000000000000000000077")
            let (_, bound) = try await lab.order(iccid: profiles[1].iccid, eid: otherEID)
            #expect(try await lab.authenticate(device, matchingId: bound).outcome.failureCode?.pair == "8.1.1/3.8")

            _ = try await lab.es2(ES2Plus.DownloadOrderRequest(header: TestLab.header(), iccid: profiles[2].iccid))
                .executed()
            let confirmed = try await lab.es2(
                ES2Plus.ConfirmOrderRequest(header: TestLab.header(), iccid: profiles[2].iccid, releaseFlag: false)
            ).executed()
            #expect(
                try await lab.authenticate(device, matchingId: confirmed.matchingId).outcome.failureCode?.pair
                    == "8.2/1.2")
            #expect(try await lab.authenticate(device, matchingId: nil).outcome.failureCode?.pair == "8.2.6/3.8")
            try await server.stop()
        }
    }

    @Test("wrong confirmation codes are counted; the third locks the order")
    func confirmationCodeLimit() async throws {
        let operatorStub = OperatorStub()
        try await operatorStub.start()
        try await TestLab.with(callbackURL: operatorStub.url) { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE", confirmationCode: "1234")
            let authenticated = try await lab.authenticate(device, matchingId: matchingId).outcome.executed()

            let first = try await lab.getPackage(device, authenticated: authenticated, confirmationCode: "0000")
            #expect(first.outcome.failureCode?.pair == "8.2.7/3.8")
            #expect(try await server.storage.order(matchingId: matchingId)?.confirmationAttemptsLeft == 2)
            let second = try await lab.getPackage(device, authenticated: authenticated, confirmationCode: "1111")
            #expect(second.outcome.failureCode?.pair == "8.2.7/3.8")
            let third = try await lab.getPackage(device, authenticated: authenticated, confirmationCode: "2222")
            #expect(third.outcome.failureCode?.pair == "8.2.7/6.4")

            let order = try #require(try await server.storage.order(matchingId: matchingId))
            #expect(order.confirmationAttemptsLeft == 0)
            #expect(order.status == .terminated)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .error)
            let right = try await lab.getPackage(device, authenticated: authenticated, confirmationCode: "1234")
            #expect(right.outcome.failureCode?.pair == "8.10.1/3.9")
            #expect(try await lab.authenticate(device, matchingId: matchingId).outcome.failureCode?.pair == "8.2.6/3.8")
            #expect(try await device.card.installedProfiles().isEmpty)

            let callbacks = await operatorStub.waitForCallbacks(4)
            let failures = callbacks.filter { $0.notificationPointId == .confirmationFailure }
            #expect(failures.count == 3)
            #expect(failures.allSatisfy { $0.notificationPointStatus.status == .failed })
            try await server.stop()
        }
        try await operatorStub.stop()
    }

    @Test("an eUICC certificate from a CI the SM-DP+ does not trust")
    func unknownCI() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (_, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let initiated = try await lab.initiate(device)
            let genuine = try await device.authenticateServer(initiated, matchingId: matchingId)
            // A foreign eUICC: another CI's EUM and eUICC, signing the same euiccSigned1 with its own key.
            let foreign = try TestHierarchy.generate()
            let forged = try Self.resigned(genuine, by: foreign.euicc, eum: foreign.eum)
            let outcome = try await lab.es9(
                ES9Plus.AuthenticateClientRequest(
                    transactionId: initiated.transactionId, authenticateServerResponse: forged))
            #expect(outcome.failureCode?.pair == "8.11.1/3.9")
            try await server.stop()
        }
    }

    @Test("a tampered euiccSignature1, a truncated response, a foreign EUM")
    func tamperedAuthentication() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (_, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let initiated = try await lab.initiate(device)
            let genuine = try await device.authenticateServer(initiated, matchingId: matchingId)
            guard case .authenticateResponseOk(var ok) = try AuthenticateServerResponse(derBytes: genuine) else {
                throw TestFailure("the card refused AuthenticateServer")
            }
            func attempt(_ bytes: [UInt8]) async throws -> String? {
                try await lab.es9(
                    ES9Plus.AuthenticateClientRequest(
                        transactionId: initiated.transactionId, authenticateServerResponse: bytes)
                ).failureCode?.pair
            }
            var signature = ok.euiccSignature1
            signature[10] ^= 0x01
            let original = ok.euiccSignature1
            ok.euiccSignature1 = signature
            #expect(
                try await attempt(try AuthenticateServerResponse.authenticateResponseOk(ok).derBytes()) == "8.1/6.1")
            ok.euiccSignature1 = original
            #expect(try await attempt(Array(genuine.prefix(genuine.count - 7))) == "1.6/2.1")

            // The right eUICC certificate with an EUM of another hierarchy: the EUM does not verify.
            let foreign = try TestHierarchy.generate()
            ok.eumCertificate = foreign.eum.certificate
            #expect(
                try await attempt(try AuthenticateServerResponse.authenticateResponseOk(ok).derBytes()) == "8.1.2/6.1")

            // The genuine answer still works: the refusals changed nothing.
            #expect(try await attempt(genuine) == nil)
            try await server.stop()
        }
    }

    @Test("a replayed transactionId and an expired session are unknown; an expired order is refused")
    func replayAndExpiry() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            let profiles = try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (_, matchingId) = try await lab.order(iccid: profiles[0].iccid)
            let initiated = try await lab.initiate(device)
            let response = try await device.authenticateServer(initiated, matchingId: matchingId)
            let request = ES9Plus.AuthenticateClientRequest(
                transactionId: initiated.transactionId, authenticateServerResponse: response)
            _ = try await lab.es9(request).executed()
            #expect(try await lab.es9(request).failureCode?.pair == "8.10.1/3.9")

            let (_, second) = try await lab.order(iccid: profiles[1].iccid)
            let late = try await lab.initiate(device)
            let lateResponse = try await device.authenticateServer(late, matchingId: second)
            lab.clock.advance(by: SMDPLimits().sessionLifetime + 1)
            let expired = try await lab.es9(
                ES9Plus.AuthenticateClientRequest(
                    transactionId: late.transactionId, authenticateServerResponse: lateResponse))
            #expect(expired.failureCode?.pair == "8.10.1/3.9")
            #expect(expired.failureCode?.message?.contains("expired") == true)

            lab.clock.advance(by: SMDPLimits().orderLifetime)
            #expect(try await lab.authenticate(device, matchingId: second).outcome.failureCode?.pair == "8.8.5/4.10")
            try await server.stop()
        }
    }

    @Test("an order allows only so many RSP sessions")
    func downloadAttempts() async throws {
        try await TestLab.with(limits: SMDPLimits(downloadAttempts: 1)) { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (_, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let (transactionId, outcome) = try await lab.authenticate(device, matchingId: matchingId)
            _ = try outcome.executed()
            let cancellation = try await device.cancelSession(transactionId, reason: .postponed)
            _ = try await lab.es9(
                ES9Plus.CancelSessionRequest(transactionId: transactionId, cancelSessionResponse: cancellation)
            ).executed()
            #expect(try await lab.authenticate(device, matchingId: matchingId).outcome.failureCode?.pair == "8.8.5/6.4")
            try await server.stop()
        }
    }

    /// `response` (a card's BF38) with its certificates replaced by `euicc` and `eum` and euiccSigned1 signed again
    /// with `euicc`'s key.
    static func resigned(_ response: [UInt8], by euicc: IssuedIdentity, eum: IssuedIdentity) throws -> [UInt8] {
        guard case .authenticateResponseOk(var ok) = try AuthenticateServerResponse(derBytes: response) else {
            throw TestFailure("the card refused AuthenticateServer")
        }
        ok.euiccCertificate = euicc.certificate
        ok.eumCertificate = eum.certificate
        ok.euiccSignature1 = try euicc.privateKey.rawSignature(for: try ok.euiccSigned1.signedBytes()).rawBytes
        return try AuthenticateServerResponse.authenticateResponseOk(ok).derBytes()
    }
}
