import Crypto
import SGP22
import SPB
import SwiftASN1
import Testing
import X509

/// Every message of the module encodes and decodes to itself, with real lab certificates where the module
/// carries certificates.
@Suite("DER round trip of every Si2/Si3 type")
struct MessageRoundTripTests {
    let fixture: SPBFixture
    let authentication: SPBFixture.Authentication

    init() throws {
        fixture = try SPBFixture.make()
        authentication = try fixture.authenticate()
    }

    @Test("Si3 messages")
    func si3() throws {
        try SPBTestSupport.roundTrip(GetSpblInfoRequest())
        try SPBTestSupport.roundTrip(fixture.spblInfo)
        try SPBTestSupport.roundTrip(fixture.spblInfo.supportedFamilies[0])
        try SPBTestSupport.roundTrip(GetSpblChallengeRequest())
        try SPBTestSupport.roundTrip(GetSpblChallengeResponse(spblChallenge: SpbChallenge.generate()))
        try SPBTestSupport.roundTrip(authentication.request)
        try SPBTestSupport.roundTrip(authentication.request.spbmSigned1)
        try SPBTestSupport.roundTrip(authentication.response)
        try SPBTestSupport.roundTrip(authentication.response.spblSigned1)
        try SPBTestSupport.roundTrip(AuthenticateSpbmResponse.authenticateSpbmResponseOk(authentication.response))
        let error = AuthenticateSpbmResponseError(transactionId: nil, authenticateErrorCode: .invalidSignature)
        try SPBTestSupport.roundTrip(error)
        try SPBTestSupport.roundTrip(AuthenticateSpbmResponse.authenticateSpbmResponseError(error))
        try SPBTestSupport.roundTrip(
            SpblToken(
                transactionId: SPBTestSupport.transactionId, platformId: fixture.spbl.platformId,
                spblCertificate: fixture.spbl.spblCertificate))
        try SPBTestSupport.roundTrip(ListSpbsRequest())
        try SPBTestSupport.roundTrip(ListSpbsRequest(spbId: SPBTestSupport.spbId, telecomBundleClass: .m2m))
        try SPBTestSupport.roundTrip(ListSpbsResponse.spbMetadataList([fixture.metadata(), fixture.metadata(.rsp)]))
        try SPBTestSupport.roundTrip(ListSpbsResponse.spbMetadataList([]))
        try SPBTestSupport.roundTrip(ListSpbsResponse.listSpbsError(.undefinedError))
        try SPBTestSupport.roundTrip(SpbStateChangeRequest(spbId: SPBTestSupport.spbId, operation: .activate))
        let notification = try fixture.spbl.stateChangeNotification(
            seqNumber: 1, spbId: SPBTestSupport.spbId, newState: .active, spbmAddress: SPBFixture.spbmAddress)
        try SPBTestSupport.roundTrip(SpbStateChangeResponse.spbStateChangeNotification(notification))
        try SPBTestSupport.roundTrip(
            CancelSpbSessionRequest(transactionId: SPBTestSupport.transactionId, reason: .timeout))
        let cancel = try fixture.spbl.cancelSession(authentication.spblSession, reason: .postponed)
        try SPBTestSupport.roundTrip(cancel)
        try SPBTestSupport.roundTrip(CancelSpbSessionResponse.cancelSpbSessionResponseError(.invalidTransactionId))
        for outcome: SpbInstallationOutcome in [.installed, .failed(.bspSecurityError)] {
            let result = try fixture.spbl.installationResult(
                transactionId: SPBTestSupport.transactionId, seqNumber: 2, spbmAddress: SPBFixture.spbmAddress,
                spbId: nil, outcome: outcome)
            try SPBTestSupport.roundTrip(result)
            try SPBTestSupport.roundTrip(result.spbInstallationResultData)
        }
    }

    @Test("The bound image and its content types")
    func image() throws {
        let ssp = try fixture.spbm.authenticateSsp(authentication.response, session: authentication.spbmSession)
        let image = try fixture.spbm.bindImage(
            .rspBundleImage(try fixture.rspImage()), metadata: fixture.metadata(.rsp), for: ssp)
        try SPBTestSupport.roundTrip(image)
        try SPBTestSupport.roundTrip(image.boundSpbImageHeader)
        try SPBTestSupport.roundTrip(LoadBoundSpbInfoRequest(boundSpbImage: image))
        try SPBTestSupport.roundTrip(
            GetBoundSpbResponse(transactionId: SPBTestSupport.transactionId, boundSpbImage: image))
        var standalone = try SPBTestSupport.standaloneImage()
        standalone.milenageConstants = .standard
        try SPBTestSupport.roundTrip(standalone)
        try SPBTestSupport.roundTrip(SpbImageContent.standaloneBundleImage(standalone))
        let rsp = try fixture.rspImage()
        try SPBTestSupport.roundTrip(rsp)
        try SPBTestSupport.roundTrip(rsp.euiccIdentity)
        try SPBTestSupport.roundTrip(SpbImageContent.rspBundleImage(rsp))
        let m2m = M2MBundleImage(
            euiccIdentity: rsp.euiccIdentity, smsrAddress: "smsr.example.com", smsrId: [2, 999, 3103, 2, 7])
        try SPBTestSupport.roundTrip(m2m)
        try SPBTestSupport.roundTrip(SpbImageContent.m2mBundleImage(m2m))
        #expect(
            try rsp.euiccIdentity.signingKey.publicKey.x963Representation
                == fixture.hierarchy.euicc.privateKey.publicKey.x963Representation)
    }

    @Test("Si2 messages")
    func si2() throws {
        try SPBTestSupport.roundTrip(
            GetSpbmCertificateRequest(spbFamilyId: fixture.family, ciPKIdsSupported: [fixture.ciPKId]))
        try SPBTestSupport.roundTrip(authentication.certificates)
        try SPBTestSupport.roundTrip(
            InitiateSpbDownloadRequest(
                spbmAddress: SPBFixture.spbmAddress, spblChallenge: authentication.spblChallenge, matchingId: nil,
                spbFamilyId: fixture.family, ciPKIdToBeUsed: fixture.ciPKId, spblInfo: fixture.spblInfo))
        try SPBTestSupport.roundTrip(authentication.initiation)
        try SPBTestSupport.roundTrip(
            AuthenticateSspRequest(
                transactionId: SPBTestSupport.transactionId,
                authenticateSpbmResponse: .authenticateSpbmResponseOk(authentication.response)))
        try SPBTestSupport.roundTrip(
            AuthenticateSspResponse(transactionId: SPBTestSupport.transactionId, spbMetadata: fixture.metadata()))
        try SPBTestSupport.roundTrip(GetBoundSpbRequest(transactionId: SPBTestSupport.transactionId))
        let notification = try fixture.spbl.stateChangeNotification(
            seqNumber: 9, spbId: SPBTestSupport.spbId, newState: .deleted, spbmAddress: SPBFixture.spbmAddress)
        try SPBTestSupport.roundTrip(
            HandleSpbNotificationRequest(pendingNotification: .spbStateChangeNotification(notification)))
        let result = try fixture.spbl.installationResult(
            transactionId: SPBTestSupport.transactionId, seqNumber: 10, spbmAddress: SPBFixture.spbmAddress,
            spbId: SPBTestSupport.spbId, outcome: .installed)
        try SPBTestSupport.roundTrip(SpbPendingNotification.spbInstallationResult(result))
        #expect(SpbPendingNotification.spbInstallationResult(result).seqNumber == 10)
        #expect(SpbPendingNotification.spbStateChangeNotification(notification).spbmAddress == SPBFixture.spbmAddress)
        try SPBTestSupport.roundTrip(
            Si2CancelSpbSessionRequest(
                transactionId: SPBTestSupport.transactionId,
                cancelSpbSessionResponse: try fixture.spbl.cancelSession(authentication.spblSession, reason: .timeout)))
        try SPBTestSupport.roundTrip(Si2CancelSpbSessionResponse(transactionId: SPBTestSupport.transactionId))
        try SPBTestSupport.roundTrip(SpbFallbackMessage(reason: .orderUsedUp))
        try SPBTestSupport.roundTrip(
            SpbMetadata(
                spbId: SPBTestSupport.spbId, spbFamilyId: fixture.family, telecomBundleClass: .m2m, spbOwner: "Blue",
                spbName: "Blue IoT", spbState: .disabled, spbSize: 0))
    }

    @Test("Si3 commands dispatch on the outer tag")
    func si3Commands() throws {
        let commands: [Si3Command] = [
            .getSpblInfo(GetSpblInfoRequest()), .getSpblChallenge(GetSpblChallengeRequest()),
            .authenticateSpbm(authentication.request), .listSpbs(ListSpbsRequest()),
            .spbStateChange(SpbStateChangeRequest(spbId: SPBTestSupport.spbId, operation: .delete)),
            .cancelSpbSession(
                CancelSpbSessionRequest(transactionId: try SPBTestSupport.transactionId, reason: .timeout)),
        ]
        for command in commands {
            let decoded = try Si3Command(derBytes: command.derBytes())
            #expect(decoded == command)
            #expect(decoded.function.tag == (try DER.parse(command.derBytes())).identifier)
        }
        #expect(Si3Function.loadBoundSpbInfo.tag == .berTag(0xBFA003))
        #expect(Si3Function.loadBoundSpbInfo.responseTag == .berTag(0xBFA203))
        #expect(Si3Function.cancelSpbSession.tag == .berTag(0xBFA006))
        #expect(Si3Function(tag: .berTag(0xBF38)) == nil)
        // An ES10 command sent to the SPBL by mistake is refused by tag.
        #expect(throws: (any Error).self) { try Si3Command(derBytes: [0xBF, 0x2E, 0x00]) }
        #expect(Si3Interface.spblAID == [0xF0, 0x53, 0x53, 0x50, 0x53, 0x50, 0x42, 0x4C, 0x01])
    }
}
