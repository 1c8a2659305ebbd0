import Crypto
import Foundation
import SGP22
import SSPCrypto
import SSPPKI
import SwiftASN1
import Testing
import X509

@testable import EUICC

/// ES10b.AuthenticateServer: the card checks the RSP server and answers signed.
@Suite struct AuthenticateServerTests {
    private func authenticate(
        _ card: TestCard, _ request: AuthenticateServerRequest
    ) async throws
        -> AuthenticateServerResponse
    {
        try await card.call(request, expecting: AuthenticateServerResponse.self)
    }

    private func errorCode(_ response: AuthenticateServerResponse) -> AuthenticateErrorCode? {
        if case .authenticateResponseError(let error) = response { return error.authenticateErrorCode }
        return nil
    }

    @Test func answersEuiccSigned1SignedWithTheEUICCKey() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let transactionId = try TestSMDPPlus.newTransactionId()
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: transactionId)
        guard case .authenticateResponseOk(let ok) = try await authenticate(card, request) else {
            Issue.record("AuthenticateServer refused")
            return
        }
        let signed = ok.euiccSigned1
        #expect(signed.transactionId == transactionId)
        #expect(signed.serverAddress == smdp.address)
        #expect(signed.serverChallenge == request.serverSigned1.serverChallenge)
        #expect(signed.ctxParams1 == request.ctxParams1)
        #expect(signed.euiccInfo2.euiccCiPKIdListForVerification == [smdp.ciKeyIdentifier])
        let key = card.hierarchy.euicc.privateKey.publicKey
        #expect(key.isValidSignature(rawBytes: ok.euiccSignature1, for: try signed.signedBytes()))
        #expect(ok.euiccCertificate == card.hierarchy.euicc.certificate)
        #expect(ok.eumCertificate == card.hierarchy.eum.certificate)
        // What the SM-DP+ will check: eUICC → EUM → CI, with the EID in the EUM's range.
        let chain = try ChainVerifier().verify(
            leaf: try PKICertificate(ok.euiccCertificate), intermediates: [try PKICertificate(ok.eumCertificate)],
            roots: [card.hierarchy.ci.parsed], at: Date(), expecting: .euicc)
        #expect(chain.eid == card.card.eid.digits)
    }

    @Test func tamperedServerSignature1() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        var request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        request.serverSignature1[10] ^= 0x01
        #expect(errorCode(try await authenticate(card, request)) == .invalidSignature)
    }

    @Test func serverSigned1ChangedAfterSigning() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        var request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        request.serverSigned1.serverAddress = "evil.example.com"
        #expect(errorCode(try await authenticate(card, request)) == .invalidSignature)
    }

    @Test func ciTheCardDoesNotKnow() async throws {
        let card = try await TestCard.make()
        var smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        smdp.ciKeyIdentifier = Array(repeating: 0x42, count: 20)
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, request)) == .ciPKUnknown)
    }

    @Test func serverCertificateFromAnotherCI() async throws {
        let card = try await TestCard.make()
        let stranger = try TestHierarchy.generate()
        var smdp = TestSMDPPlus(hierarchy: stranger)
        smdp.ciKeyIdentifier = card.hierarchy.ci.parsed.subjectKeyIdentifier ?? []
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, request)) == .invalidCertificate)
    }

    @Test func expiredServerCertificate() async throws {
        let card = try await TestCard.make()
        let builder = PKIBuilder(notValidBefore: Date().addingTimeInterval(-11 * 366 * 86_400))
        var smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        smdp.auth = try builder.endEntity(
            role: .dpAuth, organization: "Old SM-DP+", commonName: "expired auth",
            registeredID: smdp.oid, issuer: card.hierarchy.ci)
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, request)) == .invalidCertificate)
    }

    @Test func certificateExpiredAtTheCardsTime() async throws {
        let future = Date().addingTimeInterval(12 * 366 * 86_400)
        let card = try await TestCard.make(clock: { future })
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, request)) == .invalidCertificate)
    }

    @Test func certificateOfTheWrongRole() async throws {
        let card = try await TestCard.make()
        var smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        smdp.auth = card.hierarchy.smdpPb
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, request)) == .invalidOid)
    }

    @Test func noChallengeIssued() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: Array(repeating: 7, count: 16), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, request)) == .noSessionContext)
    }

    @Test func unknownChallenge() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        _ = try await card.challenge()
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: Array(repeating: 7, count: 16), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, request)) == .euiccChallengeMismatch)
    }

    @Test func challengeIsUsedOnce() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        guard case .authenticateResponseOk = try await authenticate(card, request) else {
            Issue.record("first AuthenticateServer refused")
            return
        }
        // Replayed as is: no challenge is pending any more.
        #expect(errorCode(try await authenticate(card, request)) == .noSessionContext)
        // Replayed after a new challenge: the old one does not match.
        _ = try await card.challenge()
        #expect(errorCode(try await authenticate(card, request)) == .euiccChallengeMismatch)
    }

    @Test func serverAddressMustBeAnFQDN() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId(),
            serverAddress: "https://smdp.example.com/path")
        #expect(errorCode(try await authenticate(card, request)) == .undefinedError)
    }

    @Test func withoutMatchingIdOnlyTheDefaultSMDPPlus() async throws {
        var configuration = EUICCConfiguration()
        configuration.defaultDpAddress = "default.example.com"
        let card = try await TestCard.make(configuration: configuration)
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let other = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId(),
            matchingId: nil)
        #expect(errorCode(try await authenticate(card, other)) == .undefinedError)
        let toDefault = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId(),
            matchingId: nil, serverAddress: "DEFAULT.example.com")
        #expect(errorCode(try await authenticate(card, toDefault)) == nil)
    }

    @Test func sgp26SMDPPlusIsAcceptedOnceItsCIIsTrusted() async throws {
        let atTime = ISO8601DateFormatter().date(from: "2026-01-01T00:00:00Z") ?? Date()
        let card = try await TestCard.make(clock: { atTime })
        let sgp26CI = try TrustedCertificateIssuer(
            contentsOf: TestData.url("sgp26/CertificateIssuer/CERT_CI_ECDSA_NIST.der"))
        var smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        smdp.ciKeyIdentifier = sgp26CI.keyIdentifier
        smdp.auth = try IssuedIdentity(
            role: .dpAuth,
            certificate: try Certificate(
                derEncoded: try TestData.bytes("sgp26/DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der")),
            privateKey: try P256.Signing.PrivateKey(
                importingPEM: String(
                    decoding: try TestData.bytes("sgp26/DPauth/SK_S_SM_DPauth_ECDSA_NIST.pem"),
                    as: UTF8.self)))
        smdp.address = "testsmdpplus1.example.com"
        let before = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, before)) == .ciPKUnknown)

        try await card.card.trust(sgp26CI)
        let info1 = try await card.call(GetEuiccInfo1Request(), expecting: EUICCInfo1.self)
        #expect(info1.euiccCiPKIdListForVerification.contains(sgp26CI.keyIdentifier))
        let after = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await authenticate(card, after)) == nil)
    }
}
