import Crypto
import Foundation
import SGP22
import SPB
import SSPCrypto
import SSPPKI
import SwiftASN1
import Testing
import X509

/// The whole binding in memory: the SPB Manager and the SPBL each run their half, the test plays the LBA and
/// carries every message through its DER bytes, as the wire would.
@Suite("Binding round trip between an SPB Manager and an SPBL")
struct BindingRoundTripTests {
    /// Carries `value` through its encoding, as the LBA relays it.
    func relay<T: DERParseable & DERSerializable>(_ value: T) throws -> T {
        try T(derBytes: value.derBytes())
    }

    @Test(
        "Each class of bundle is bound by the SPB Manager and opened by the SPBL",
        arguments: [
            TelecomBundleClass.standalone, .rsp, .m2m,
        ])
    func fullFlow(bundleClass: TelecomBundleClass) throws {
        let fixture = try SPBFixture.make()
        let spbm = fixture.spbm
        let spbl = fixture.spbl

        // LBA → SPBL: GetSpblInfo, GetSpblChallenge.
        let info = try relay(fixture.spblInfo)
        let challenge = try relay(GetSpblChallengeResponse(spblChallenge: SpbChallenge.generate())).spblChallenge
        let trusted = try #require(info.ciPKIds(for: fixture.family))

        // LBA → SPBM over TLS: GetSpbmCertificate, InitiateSpbDownload.
        let certificates = try relay(
            spbm.certificateResponse(
                for: relay(GetSpbmCertificateRequest(spbFamilyId: fixture.family, ciPKIdsSupported: trusted))))
        let transactionId = try TransactionId(bytes: SpbChallenge.generate())
        let initiateRequest = try relay(
            InitiateSpbDownloadRequest(
                spbmAddress: SPBFixture.spbmAddress, spblChallenge: challenge, matchingId: "ORDER-7",
                spbFamilyId: fixture.family, ciPKIdToBeUsed: certificates.ciPKIdToBeUsed, spblInfo: info))
        let (initiation, spbmSession) = try spbm.initiateDownload(initiateRequest, transactionId: transactionId)
        let relayedInitiation = try relay(initiation)

        // The SPBL's side of the verification that needs the PKI: the SPB Manager chains to the family CI.
        let verifier = ChainVerifier()
        let root = try PKICertificate(fixture.hierarchy.spbCI.certificate)
        for (certificate, role) in [
            (certificates.spbmSigningCertificate, CertificateRole.spbmSigning),
            (certificates.spbmKeyAgreementCertificate, .spbmKeyAgreement),
        ] {
            _ = try verifier.verify(leaf: PKICertificate(certificate), roots: [root], at: Date(), expecting: role)
        }

        // LBA → SPBL: AuthenticateSpbm.
        let authenticateRequest = try relay(
            SpbmBinding.authenticateSpbmRequest(certificates: certificates, initiation: relayedInitiation))
        let (authenticateResponse, spblSession) = try spbl.authenticateSpbm(
            authenticateRequest, expectedChallenge: challenge, spblInfo: info)
        #expect(spblSession.transactionId == transactionId)
        #expect(spblSession.matchingId == "ORDER-7")

        // LBA → SPBM: AuthenticateSsp, then the server verifies the SSP's chain.
        let sspRequest = try relay(
            AuthenticateSspRequest(
                transactionId: transactionId,
                authenticateSpbmResponse: .authenticateSpbmResponseOk(authenticateResponse)))
        let ssp = try spbm.authenticateSsp(sspRequest.authenticateSpbmResponse, session: spbmSession)
        #expect(ssp.platformId == spbl.platformId)
        #expect(ssp.spblInfo == info)
        let sspChain = try verifier.verify(
            leaf: PKICertificate(ssp.spblCertificate), intermediates: [PKICertificate(ssp.isspMakerCertificate)],
            roots: [root], at: Date(), expecting: .spbl)
        #expect(sspChain.platformIdentifier == ssp.platformId.value)

        // GetBoundSpb: the SPB Manager binds, the LBA relays, the SPBL opens.
        let content: SpbImageContent
        switch bundleClass {
        case .standalone: content = .standaloneBundleImage(try SPBTestSupport.standaloneImage())
        case .rsp: content = .rspBundleImage(try fixture.rspImage())
        default:
            content = .m2mBundleImage(
                M2MBundleImage(euiccIdentity: try fixture.rspImage().euiccIdentity, smsrAddress: "smsr.example.com"))
        }
        let metadata = try fixture.metadata(bundleClass)
        let image = try spbm.bindImage(content, metadata: metadata, for: ssp)
        let response = try relay(GetBoundSpbResponse(transactionId: transactionId, boundSpbImage: image))
        let load = try relay(LoadBoundSpbInfoRequest(boundSpbImage: response.boundSpbImage))
        let opened = try spbl.openBoundSpbImage(load.boundSpbImage, session: spblSession)
        #expect(opened.content == content)
        #expect(opened.spbMetadata == metadata)

        // The SPBL reports; the SPB Manager accepts the signed result.
        let result = try relay(
            spbl.installationResult(
                transactionId: transactionId, seqNumber: 1, spbmAddress: spblSession.spbmAddress,
                spbId: metadata.spbId, outcome: .installed))
        let data = try spbm.verifyInstallationResult(result, spblCertificate: ssp.spblCertificate)
        #expect(data.outcome == .installed)
        #expect(data.spbId == metadata.spbId)
    }

    @Test("Large content spans several BSP segments of at most 1020 bytes")
    func largeImage() throws {
        let fixture = try SPBFixture.make()
        let authentication = try fixture.authenticate()
        let ssp = try fixture.spbm.authenticateSsp(authentication.response, session: authentication.spbmSession)
        var identity = try fixture.rspImage().euiccIdentity
        identity.trustedCiCertificates = Array(repeating: fixture.hierarchy.ci.certificate, count: 8)
        let content = SpbImageContent.rspBundleImage(RspBundleImage(euiccIdentity: identity))
        let image = try fixture.spbm.bindImage(content, metadata: fixture.metadata(.rsp), for: ssp)
        #expect(image.encryptedImage.count > 3)
        #expect(try image.segmentTLVs.allSatisfy { $0.count <= BSPSegment.maximumByteCount && $0.first == 0x86 })
        #expect(try fixture.spbl.openBoundSpbImage(image, session: authentication.spblSession).content == content)
    }

    @Test("Both ends derive the same keys with the documented shared info")
    func keyDerivation() throws {
        let spbl = P256.KeyAgreement.PrivateKey()
        let spbm = P256.KeyAgreement.PrivateKey()
        let template = ControlRefTemplate(hostId: [0x01, 0x02])
        let platformId = try SPBTestSupport.platformId
        let one = try SpbKeyDerivation.imageKeys(
            sharedSecret: ECKA.sharedSecret(privateKey: spbl, peerPublicKey: spbm.publicKey),
            controlRefTemplate: template, platformId: platformId)
        let other = try SpbKeyDerivation.imageKeys(
            sharedSecret: ECKA.sharedSecret(privateKey: spbm, peerPublicKey: spbl.publicKey),
            controlRefTemplate: template, platformId: platformId)
        #expect(one == other)
        let info = SpbKeyDerivation.imageSharedInfo(controlRefTemplate: template, platformId: platformId)
        #expect(info == [0x88, 0x10, 0x02, 0x01, 0x02, 39] + platformId.bytes)
        let secret = try ECKA.sharedSecret(privateKey: spbl, peerPublicKey: spbm.publicKey)
        let manual = X963KDF.deriveKey(sharedSecret: ECKA.bytes(of: secret), sharedInfo: info, outputByteCount: 48)
        #expect(one.initialMacChainingValue == Array(manual[0..<16]))
        #expect(one.encryptionKey == Array(manual[16..<32]))
        #expect(one.macKey == Array(manual[32..<48]))
        let tokenInfo = SpbKeyDerivation.tokenSharedInfo(
            transactionId: try SPBTestSupport.transactionId, spbmChallenge: [UInt8](repeating: 7, count: 16))
        #expect(tokenInfo == [0x88, 0x10, 0x04, 1, 2, 3, 4, 0x10] + [UInt8](repeating: 7, count: 16))
        #expect(throws: SpbBindingError.unsupportedControlReferenceTemplate(keyType: 0x88, keyLength: 0x20)) {
            try SpbKeyDerivation.imageKeys(
                sharedSecret: secret, controlRefTemplate: ControlRefTemplate(keyLen: 0x20, hostId: [1]),
                platformId: platformId)
        }
    }

    @Test("Signed reports of the SPBL are accepted by the SPB Manager")
    func signedReports() throws {
        let fixture = try SPBFixture.make()
        let authentication = try fixture.authenticate()
        let certificate = fixture.spbl.spblCertificate
        let notification = try fixture.spbl.stateChangeNotification(
            seqNumber: 4, spbId: SPBTestSupport.spbId, newState: .disabled, spbmAddress: "SPBM.example.com")
        let data = try fixture.spbm.verifyStateChangeNotification(notification, spblCertificate: certificate)
        #expect(data.newState == .disabled)
        let cancel = try fixture.spbl.cancelSession(authentication.spblSession, reason: .endUserRejection)
        #expect(
            try fixture.spbm.verifyCancellation(
                cancel, transactionId: authentication.transactionId, spblCertificate: certificate) == .endUserRejection)
        #expect(throws: SpbBindingError.refusedBySpbl(.invalidTransactionId)) {
            try fixture.spbm.verifyCancellation(
                .cancelSpbSessionResponseError(.invalidTransactionId), transactionId: authentication.transactionId,
                spblCertificate: certificate)
        }
    }
}
