import Crypto
import Foundation
import SGP22
import SSPCrypto
import SSPPKI
import SwiftASN1
import Testing

@testable import EUICC

/// ES10b.PrepareDownload and ES10b.CancelSession.
@Suite struct PrepareDownloadTests {
    private func prepare(_ card: TestCard, _ request: PrepareDownloadRequest) async throws -> PrepareDownloadResponse {
        try await card.call(request, expecting: PrepareDownloadResponse.self)
    }

    private func errorCode(_ response: PrepareDownloadResponse) -> DownloadErrorCode? {
        if case .downloadResponseError(let error) = response { return error.downloadErrorCode }
        return nil
    }

    @Test func answersASignedOneTimeKey() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        let hashCc = Array(SHA256.hash(data: Array("code".utf8)))
        let request = try smdp.prepareDownloadRequest(authentication: authentication, ccRequired: true, hashCc: hashCc)
        guard case .downloadResponseOk(let ok) = try await prepare(card, request) else {
            Issue.record("PrepareDownload refused")
            return
        }
        #expect(ok.euiccSigned2.transactionId == authentication.euiccSigned1.transactionId)
        #expect(ok.euiccSigned2.hashCc == hashCc)
        #expect(
            try P256.KeyAgreement.PublicKey(uncompressedPoint: ok.euiccSigned2.euiccOtpk).x963Representation.count == 65
        )
        let key = card.hierarchy.euicc.privateKey.publicKey
        #expect(
            key.isValidSignature(
                rawBytes: ok.euiccSignature2,
                for: try ok.euiccSigned2.signedBytes(smdpSignature2: request.smdpSignature2)))
    }

    @Test func withoutAuthentication() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        _ = try await card.challenge()  // a new challenge ends the session
        let request = try smdp.prepareDownloadRequest(authentication: authentication)
        #expect(errorCode(try await prepare(card, request)) == .noSessionContext)
    }

    @Test func wrongTransactionId() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        let request = try smdp.prepareDownloadRequest(
            authentication: authentication, transactionId: try TestSMDPPlus.newTransactionId())
        #expect(errorCode(try await prepare(card, request)) == .invalidTransactionId)
    }

    @Test func tamperedSmdpSignature2() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        var request = try smdp.prepareDownloadRequest(authentication: authentication)
        request.smdpSignature2[3] ^= 0x10
        #expect(errorCode(try await prepare(card, request)) == .invalidSignature)
    }

    @Test func bindingCertificateOfAnotherSMDPPlus() async throws {
        let card = try await TestCard.make()
        var smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        smdp.pb = try PKIBuilder().endEntity(
            role: .dpPb, organization: "Other SM-DP+", commonName: "other pb",
            registeredID: ASN1ObjectIdentifier("2.999.77"), issuer: card.hierarchy.ci)
        let request = try smdp.prepareDownloadRequest(authentication: authentication)
        #expect(errorCode(try await prepare(card, request)) == .invalidCertificate)
    }

    @Test func authenticationCertificateInsteadOfBinding() async throws {
        let card = try await TestCard.make()
        var smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        smdp.pb = card.hierarchy.smdpAuth
        let request = try smdp.prepareDownloadRequest(authentication: authentication)
        #expect(errorCode(try await prepare(card, request)) == .invalidCertificate)
    }

    @Test func confirmationCodeRequiredButNotGiven() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        let request = try smdp.prepareDownloadRequest(authentication: authentication, ccRequired: true)
        #expect(errorCode(try await prepare(card, request)) == .undefinedError)
    }

    @Test func retriedDownloadReusesTheOneTimeKey() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let first = try await card.prepare(
            smdp, authentication: try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId()))
        let authentication = try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId())
        let request = try smdp.prepareDownloadRequest(
            authentication: authentication, bppEuiccOtpk: first.euiccSigned2.euiccOtpk)
        guard case .downloadResponseOk(let second) = try await prepare(card, request) else {
            Issue.record("PrepareDownload refused")
            return
        }
        #expect(second.euiccSigned2.euiccOtpk == first.euiccSigned2.euiccOtpk)
        // Without the request, a fresh key.
        let third = try await card.prepare(
            smdp, authentication: try await card.authenticate(smdp, transactionId: try TestSMDPPlus.newTransactionId()))
        #expect(third.euiccSigned2.euiccOtpk != first.euiccSigned2.euiccOtpk)
    }

    @Test func cancelSessionAnswersSignedAndEndsTheSession() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let transactionId = try TestSMDPPlus.newTransactionId()
        let authentication = try await card.authenticate(smdp, transactionId: transactionId)
        _ = try await card.prepare(smdp, authentication: authentication)

        let wrong = try await card.call(
            CancelSessionRequest(transactionId: try TestSMDPPlus.newTransactionId(), reason: .endUserRejection),
            expecting: CancelSessionResponse.self)
        #expect(wrong == .cancelSessionResponseError(.invalidTransactionId))

        let response = try await card.call(
            CancelSessionRequest(transactionId: transactionId, reason: .endUserRejection),
            expecting: CancelSessionResponse.self)
        guard case .cancelSessionResponseOk(let ok) = response else {
            Issue.record("CancelSession refused: \(response)")
            return
        }
        #expect(ok.euiccCancelSessionSigned.smdpOid == smdp.oid)
        #expect(ok.euiccCancelSessionSigned.reason == .endUserRejection)
        #expect(
            card.hierarchy.euicc.privateKey.publicKey.isValidSignature(
                rawBytes: ok.euiccCancelSessionSignature, for: try ok.euiccCancelSessionSigned.derBytes()))
        // The session is gone: a package can no longer be loaded, and a second cancel fails.
        #expect(try await card.statusWord(of: [0xBF, 0x36, 0x03, 0xBF, 0x23, 0x00]) == .conditionsNotSatisfied)
        let again = try await card.call(
            CancelSessionRequest(transactionId: transactionId, reason: .endUserRejection),
            expecting: CancelSessionResponse.self)
        #expect(again == .cancelSessionResponseError(.invalidTransactionId))
    }

    @Test func packageBoundToAnotherTransactionIsRefused() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let iccid = try ICCID.make(body: "894400000000000020")
        let transactionId = try TestSMDPPlus.newTransactionId()
        let preparation = try await card.prepare(
            smdp, authentication: try await card.authenticate(smdp, transactionId: transactionId))
        let bpp = try smdp.boundProfilePackage(
            transactionId: try TestSMDPPlus.newTransactionId(), euiccOtpk: preparation.euiccSigned2.euiccOtpk,
            eid: card.card.eid, metadata: try TestSMDPPlus.metadata(iccid: iccid),
            profilePackage: try TestProfilePackage.make(iccid: iccid))
        let outcome = try await card.load(try bpp.segments())
        #expect(outcome.segmentResponses.count == 1)
        #expect(outcome.error?.bppCommandId == .initialiseSecureChannel)
        #expect(outcome.error?.errorReason == .invalidTransactionId)
        #expect(try await card.profiles().isEmpty)
    }

    @Test func tamperedSmdpSignIsRefused() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let iccid = try ICCID.make(body: "894400000000000021")
        let transactionId = try TestSMDPPlus.newTransactionId()
        let preparation = try await card.prepare(
            smdp, authentication: try await card.authenticate(smdp, transactionId: transactionId))
        var bpp = try smdp.boundProfilePackage(
            transactionId: transactionId, euiccOtpk: preparation.euiccSigned2.euiccOtpk, eid: card.card.eid,
            metadata: try TestSMDPPlus.metadata(iccid: iccid), profilePackage: try TestProfilePackage.make(iccid: iccid)
        )
        bpp.initialiseSecureChannelRequest.smdpSign[0] ^= 0x01
        let outcome = try await card.load(try bpp.segments())
        #expect(outcome.error?.bppCommandId == .initialiseSecureChannel)
        #expect(outcome.error?.errorReason == .invalidSignature)
    }

    @Test func sgp26IdentitiesDownloadAProfile() async throws {
        let atTime = ISO8601DateFormatter().date(from: "2026-01-01T00:00:00Z") ?? Date()
        let card = try await TestCard.make(clock: { atTime })
        let sgp26CI = try TrustedCertificateIssuer(
            contentsOf: TestData.url("sgp26/CertificateIssuer/CERT_CI_ECDSA_NIST.der"))
        try await card.card.trust(sgp26CI)
        var smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        smdp.ciKeyIdentifier = sgp26CI.keyIdentifier
        smdp.address = "testsmdpplus1.example.com"
        smdp.auth = try Self.sgp26Identity(
            .dpAuth, "DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der", "DPauth/SK_S_SM_DPauth_ECDSA_NIST.pem")
        smdp.pb = try Self.sgp26Identity(
            .dpPb, "DPpb/CERT_S_SM_DPpb_ECDSA_NIST.der", "DPpb/SK_S_SM_DPpb_ECDSA_NIST.pem")
        let bytes = try TestData.bytes("ts48/TS48V2-SAIP2-3-BERTLV-UNIQUE.der")
        let outcome = try await card.download(
            smdp, metadata: try TestSMDPPlus.metadata(iccid: try SAIPPackage.iccid(bytes)), package: bytes)
        let failure = await card.card.lastInstallationFailure
        #expect(outcome.isSuccess, "\(failure ?? "")")
        #expect(outcome.result.profileInstallationResultData.smdpOid == ASN1ObjectIdentifier("2.999.10"))
    }

    static func sgp26Identity(_ role: CertificateRole, _ certificate: String, _ key: String) throws -> IssuedIdentity {
        try IssuedIdentity(
            role: role, certificate: try .init(derEncoded: try TestData.bytes("sgp26/" + certificate)),
            privateKey: try P256.Signing.PrivateKey(
                importingPEM: String(decoding: try TestData.bytes("sgp26/" + key), as: UTF8.self)))
    }
}
