import Crypto
import SGP22
import SPB
import SSPCrypto
import SwiftASN1
import Testing
import X509

/// What each end refuses: tampered images, MACs and signatures, keys of another party, replays.
@Suite("Binding refusals")
struct BindingTamperTests {
    let fixture: SPBFixture
    let authentication: SPBFixture.Authentication
    let ssp: AuthenticatedSsp
    let image: BoundSpbImage

    init() throws {
        fixture = try SPBFixture.make()
        authentication = try fixture.authenticate()
        ssp = try fixture.spbm.authenticateSsp(authentication.response, session: authentication.spbmSession)
        image = try fixture.spbm.bindImage(
            .standaloneBundleImage(try SPBTestSupport.standaloneImage()), metadata: fixture.metadata(), for: ssp)
    }

    func open(_ image: BoundSpbImage) throws(SpbBindingError) -> OpenedSpbImage {
        try fixture.spbl.openBoundSpbImage(image, session: authentication.spblSession)
    }

    // MARK: The image, at the SPBL

    @Test("A flipped ciphertext byte fails the MAC")
    func tamperedCiphertext() throws {
        var tampered = image
        tampered.encryptedImage[0][3] ^= 0x01
        #expect(throws: SpbBindingError.self) { try open(tampered) }
        do {
            _ = try open(tampered)
        } catch {
            guard case .badMAC = error else { Issue.record("expected badMAC, got \(error)"); return }
            #expect(error.spblErrorReason == .bspSecurityError)
        }
    }

    @Test("A flipped MAC byte fails the MAC")
    func tamperedMAC() throws {
        var tampered = image
        let last = tampered.encryptedImage[0].count - 1
        tampered.encryptedImage[0][last] ^= 0x80
        do {
            _ = try open(tampered)
            Issue.record("a tampered MAC was accepted")
        } catch {
            guard case .badMAC = error else { Issue.record("expected badMAC, got \(error)"); return }
        }
    }

    @Test("Dropped, reordered or truncated segments are refused")
    func segmentStructure() throws {
        var empty = image
        empty.encryptedImage = []
        #expect(throws: SpbBindingError.malformedSegments(what: "bound SPB image", reason: "no segments")) {
            try open(empty)
        }
        var truncated = image
        truncated.encryptedImage[0] = Array(truncated.encryptedImage[0].prefix(5))
        #expect(throws: SpbBindingError.self) { try open(truncated) }
        var doubled = image
        doubled.encryptedImage.append(doubled.encryptedImage[0])
        #expect(throws: SpbBindingError.self) { try open(doubled) }
    }

    @Test("A changed header no longer verifies")
    func tamperedHeader() throws {
        var tampered = image
        tampered.boundSpbImageHeader.spbMetadata.spbName = "Evil Home"
        #expect(throws: SpbBindingError.badSignature(what: "spbmSignature2")) { try open(tampered) }
        var otherKey = image
        otherKey.boundSpbImageHeader.spbmOtpk = Array(P256.KeyAgreement.PrivateKey().publicKey.x963Representation)
        #expect(throws: SpbBindingError.badSignature(what: "spbmSignature2")) { try open(otherKey) }
    }

    @Test("A flipped signature byte is refused")
    func tamperedSignature() throws {
        var tampered = image
        tampered.spbmSignature2[10] ^= 0x01
        #expect(throws: SpbBindingError.badSignature(what: "spbmSignature2")) { try open(tampered) }
    }

    @Test("An image bound for another session does not open, even with the same transaction ID")
    func otherSession() throws {
        let second = try fixture.authenticate()
        #expect(second.transactionId == authentication.transactionId)
        #expect(throws: SpbBindingError.badSignature(what: "spbmSignature2")) {
            try fixture.spbl.openBoundSpbImage(image, session: second.spblSession)
        }
    }

    @Test("A replayed image from an earlier transaction is refused")
    func replayedTransaction() throws {
        let later = try fixture.authenticate(transactionId: TransactionId(bytes: [9, 9, 9, 9]))
        #expect(
            throws: SpbBindingError.wrongTransaction(
                expected: later.transactionId, received: authentication.transactionId)
        ) {
            try fixture.spbl.openBoundSpbImage(image, session: later.spblSession)
        }
    }

    @Test("An image signed by another SPB Manager is refused")
    func otherSigner() throws {
        var session = authentication.spblSession
        session.spbmSigningKey = P256.Signing.PrivateKey().publicKey
        #expect(throws: SpbBindingError.badSignature(what: "spbmSignature2")) {
            try fixture.spbl.openBoundSpbImage(image, session: session)
        }
    }

    @Test("Content of another class than its signed metadata is refused by the SPBL")
    func classMismatch() throws {
        // Built by hand with the SPB Manager's key, as a buggy or hostile SPB Manager would.
        let ephemeral = P256.KeyAgreement.PrivateKey()
        let template = ControlRefTemplate(hostId: [0x42])
        let header = BoundSpbImageHeader(
            transactionId: authentication.transactionId, spbMetadata: try fixture.metadata(.rsp),
            controlRefTemplate: template, spbmOtpk: Array(ephemeral.publicKey.x963Representation))
        let signature = try fixture.spbm.signingKey.rawSignature(for: header.signedBytes(spblOtpk: ssp.spblOtpk))
        let keys = try SpbKeyDerivation.imageKeys(
            sharedSecret: ECKA.sharedSecret(privateKey: ephemeral, peerPublicKey: ssp.spblOtpk),
            controlRefTemplate: template, platformId: ssp.platformId)
        var bsp = BSPSession(keys: keys)
        let content = try SpbImageContent.standaloneBundleImage(SPBTestSupport.standaloneImage()).derBytes()
        let segments = try bsp.protect(content, tag: .profileElements).map { Array(try BSPSegment(encoded: $0).value) }
        let forged = BoundSpbImage(
            boundSpbImageHeader: header, spbmSignature2: signature.rawBytes, encryptedImage: segments)
        #expect(throws: SpbBindingError.bundleClassMismatch(metadata: .rsp, content: .standalone)) { try open(forged) }
        #expect(throws: SpbBindingError.bundleClassMismatch(metadata: .rsp, content: .standalone)) {
            try fixture.spbm.bindImage(
                .standaloneBundleImage(try SPBTestSupport.standaloneImage()), metadata: fixture.metadata(.rsp), for: ssp
            )
        }
    }

    // MARK: AuthenticateSpbm, at the SPBL

    @Test("The SPBL refuses a signature over another challenge")
    func wrongChallenge() throws {
        #expect(throws: SpbBindingError.challengeMismatch(which: "spblChallenge")) {
            try fixture.spbl.authenticateSpbm(
                authentication.request, expectedChallenge: SpbChallenge.generate(), spblInfo: fixture.spblInfo)
        }
    }

    @Test("The SPBL refuses a changed spbmSigned1 or a bad spbmSignature1")
    func tamperedSpbmSigned1() throws {
        var changed = authentication.request
        changed.spbmSigned1.matchingId = "OTHER"
        #expect(throws: SpbBindingError.badSignature(what: "spbmSignature1")) {
            try fixture.spbl.authenticateSpbm(
                changed, expectedChallenge: authentication.spblChallenge, spblInfo: fixture.spblInfo)
        }
        // Received bytes are what is verified: a decoded copy still verifies.
        let decoded = try AuthenticateSpbmRequest(derBytes: authentication.request.derBytes())
        _ = try fixture.spbl.authenticateSpbm(
            decoded, expectedChallenge: authentication.spblChallenge, spblInfo: fixture.spblInfo)
        var badSignature = authentication.request
        badSignature.spbmSignature1[0] ^= 0x01
        #expect(throws: SpbBindingError.badSignature(what: "spbmSignature1")) {
            try fixture.spbl.authenticateSpbm(
                badSignature, expectedChallenge: authentication.spblChallenge, spblInfo: fixture.spblInfo)
        }
    }

    @Test("The SPBL refuses a swapped key-agreement certificate")
    func swappedKeyAgreementCertificate() throws {
        var swapped = authentication.request
        swapped.spbmKeyAgreementCertificate = fixture.hierarchy.spbmTLS.certificate
        #expect(throws: SpbBindingError.keyAgreementCertificateMismatch) {
            try fixture.spbl.authenticateSpbm(
                swapped, expectedChallenge: authentication.spblChallenge, spblInfo: fixture.spblInfo)
        }
    }

    @Test("The SPBL refuses certificates of another family CI, an untrusted CI key and an unknown family")
    func wrongTrust() throws {
        let other = try SPBFixture.make()
        var foreign = authentication.request
        foreign.spbmSigningCertificate = other.hierarchy.spbmSigning.certificate
        #expect(throws: SpbBindingError.self) {
            try fixture.spbl.authenticateSpbm(
                foreign, expectedChallenge: authentication.spblChallenge, spblInfo: fixture.spblInfo)
        }
        var untrusted = authentication.request
        untrusted.ciPKIdToBeUsed = other.ciPKId
        #expect(throws: SpbBindingError.ciKeyNotSupported(ciPKId: other.ciPKId)) {
            try fixture.spbl.authenticateSpbm(
                untrusted, expectedChallenge: authentication.spblChallenge, spblInfo: fixture.spblInfo)
        }
        var info = fixture.spblInfo
        info.supportedFamilies = []
        #expect(throws: SpbBindingError.familyNotSupported(fixture.family)) {
            try fixture.spbl.authenticateSpbm(
                authentication.request, expectedChallenge: authentication.spblChallenge, spblInfo: info)
        }
        let error = SpblBinding.authenticateSpbmError(.ciKeyNotSupported(ciPKId: []), request: authentication.request)
        guard case .authenticateSpbmResponseError(let body) = error else { Issue.record("not an error"); return }
        #expect(body.authenticateErrorCode == .ciPKIdNotSupported)
        #expect(body.transactionId == authentication.transactionId)
    }

    // MARK: AuthenticateSsp, at the SPB Manager

    @Test("The SPB Manager refuses an answer from another session")
    func replayedAuthentication() throws {
        let later = try fixture.authenticate(transactionId: TransactionId(bytes: [7, 7]))
        #expect(
            throws: SpbBindingError.wrongTransaction(
                expected: later.transactionId, received: authentication.transactionId)
        ) {
            try fixture.spbm.authenticateSsp(authentication.response, session: later.spbmSession)
        }
        var sameId = authentication.spbmSession
        sameId.spbmChallenge = SpbChallenge.generate()
        #expect(throws: SpbBindingError.challengeMismatch(which: "spbmChallenge")) {
            try fixture.spbm.authenticateSsp(authentication.response, session: sameId)
        }
    }

    @Test("The SPB Manager refuses a bad spblSignature1 and a changed spblSigned1")
    func tamperedSpblSigned1() throws {
        var badSignature = authentication.response
        badSignature.spblSignature1[5] ^= 0x01
        #expect(throws: SpbBindingError.badSignature(what: "spblSignature1")) {
            try fixture.spbm.authenticateSsp(badSignature, session: authentication.spbmSession)
        }
        var changed = authentication.response
        changed.spblSigned1.spblOtpk = Array(P256.KeyAgreement.PrivateKey().publicKey.x963Representation)
        #expect(throws: SpbBindingError.badSignature(what: "spblSignature1")) {
            try fixture.spbm.authenticateSsp(changed, session: authentication.spbmSession)
        }
    }

    @Test("The SPB Manager refuses a tampered token, and a token meant for another SPB Manager key")
    func token() throws {
        var tampered = authentication.response
        tampered.encryptedToken[0][0] ^= 0x01
        #expect(throws: SpbBindingError.self) {
            try fixture.spbm.authenticateSsp(tampered, session: authentication.spbmSession)
        }
        do {
            _ = try fixture.spbm.authenticateSsp(tampered, session: authentication.spbmSession)
        } catch {
            guard case .badMAC = error else { Issue.record("expected badMAC, got \(error)"); return }
            #expect(error.si2ErrorCode == .tokenVerificationFailed)
        }
        // Another SPB Manager (other key-agreement key) cannot read this SSP's token.
        let other = try SPBFixture.make()
        #expect(throws: SpbBindingError.self) {
            try other.spbm.authenticateSsp(authentication.response, session: authentication.spbmSession)
        }
    }

    @Test("The SPB Manager refuses an SPBL certificate that does not name the signed platform")
    func identity() throws {
        let other = try SPBFixture.make()
        var foreign = authentication.response
        foreign.spblCertificate = other.spbl.spblCertificate
        #expect(throws: SpbBindingError.self) {
            try fixture.spbm.authenticateSsp(foreign, session: authentication.spbmSession)
        }
        #expect(throws: SpbBindingError.refusedBySpbl(.invalidSignature)) {
            try fixture.spbm.authenticateSsp(
                .authenticateSpbmResponseError(
                    AuthenticateSpbmResponseError(
                        transactionId: authentication.transactionId, authenticateErrorCode: .invalidSignature)),
                session: authentication.spbmSession)
        }
    }

    // MARK: Signed reports, at the SPB Manager

    @Test("The SPB Manager refuses tampered or misaddressed reports")
    func reports() throws {
        let certificate = fixture.spbl.spblCertificate
        var result = try fixture.spbl.installationResult(
            transactionId: authentication.transactionId, seqNumber: 1, spbmAddress: SPBFixture.spbmAddress,
            spbId: SPBTestSupport.spbId, outcome: .installed)
        result.spblSignature[0] ^= 0x01
        #expect(throws: SpbBindingError.badSignature(what: "SpbInstallationResult")) {
            try fixture.spbm.verifyInstallationResult(result, spblCertificate: certificate)
        }
        let elsewhere = try fixture.spbl.stateChangeNotification(
            seqNumber: 2, spbId: SPBTestSupport.spbId, newState: .enabled, spbmAddress: "other.example.com")
        #expect(
            throws: SpbBindingError.spbmAddressMismatch(expected: SPBFixture.spbmAddress, received: "other.example.com")
        ) {
            try fixture.spbm.verifyStateChangeNotification(elsewhere, spblCertificate: certificate)
        }
        let other = try SPBFixture.make()
        let good = try fixture.spbl.stateChangeNotification(
            seqNumber: 3, spbId: SPBTestSupport.spbId, newState: .enabled, spbmAddress: SPBFixture.spbmAddress)
        #expect(throws: SpbBindingError.self) {
            try fixture.spbm.verifyStateChangeNotification(good, spblCertificate: other.spbl.spblCertificate)
        }
        let cancel = try fixture.spbl.cancelSession(authentication.spblSession, reason: .timeout)
        #expect(throws: SpbBindingError.self) {
            try fixture.spbm.verifyCancellation(
                cancel, transactionId: TransactionId(bytes: [0xEE]), spblCertificate: certificate)
        }
    }

    // MARK: Keys and certificates that do not go together

    @Test("Bindings refuse keys that do not match their certificates")
    func mismatchedKeys() throws {
        let hierarchy = fixture.hierarchy
        #expect(throws: SpbBindingError.self) {
            try SpbmBinding(
                address: SPBFixture.spbmAddress, signingKey: P256.Signing.PrivateKey(),
                signingCertificate: hierarchy.spbmSigning.certificate, keyAgreementKey: P256.KeyAgreement.PrivateKey(),
                keyAgreementCertificate: hierarchy.spbmKeyAgreement.certificate)
        }
        #expect(throws: SpbBindingError.self) {
            try SpblBinding(
                platformId: fixture.spbl.platformId, signingKey: P256.Signing.PrivateKey(),
                spblCertificate: hierarchy.spbl.certificate, isspMakerCertificate: hierarchy.isspMaker.certificate)
        }
        #expect(throws: SpbBindingError.self) {
            try SpblBinding(
                platformId: SPBTestSupport.platformId, signingKey: hierarchy.spbl.privateKey,
                spblCertificate: hierarchy.spbl.certificate, isspMakerCertificate: hierarchy.isspMaker.certificate)
        }
        #expect(throws: SpbBindingError.ciKeyNotSupported(ciPKId: fixture.ciPKId)) {
            try fixture.spbm.certificateResponse(
                for: GetSpbmCertificateRequest(spbFamilyId: fixture.family, ciPKIdsSupported: [[1, 2, 3]]))
        }
    }

    @Test("The SPB Manager refuses a download that names another SPB Manager")
    func otherAddress() throws {
        let request = InitiateSpbDownloadRequest(
            spbmAddress: "evil.example.com", spblChallenge: SpbChallenge.generate(), spbFamilyId: fixture.family,
            ciPKIdToBeUsed: fixture.ciPKId, spblInfo: fixture.spblInfo)
        #expect(
            throws: SpbBindingError.spbmAddressMismatch(expected: SPBFixture.spbmAddress, received: "evil.example.com")
        ) {
            try fixture.spbm.initiateDownload(request, transactionId: SPBTestSupport.transactionId)
        }
        #expect(SpbBindingError.spbmAddressMismatch(expected: "", received: "").si2ErrorCode == .spbmAddressRefused)
    }
}
