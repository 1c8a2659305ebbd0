import APDU
import Foundation
import SGP22
import SPB
import SSPPKI
import Testing

@testable import ISSP

@Suite("The SPBL over APDUs: Si3 downloads of each class, and the refusals")
struct SPBLDownloadTests {
    @Test("Standalone, RSP and M2M bundles install from bound images through Si3; the results are signed")
    func downloadsEachClass() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let lba = try await TestLBA(platform: platform)
        let spbm = try TestSPBM(hierarchy: lab.hierarchy)
        var installed: [SpbId] = []
        for image in [try lab.standaloneImage(number: 1), try lab.rspImage(number: 2), try lab.m2mImage(number: 3)] {
            let (_, result) = try await spbm.download(image, through: lba)
            #expect(result.outcome == .installed)
            #expect(result.spbId == image.0.spbId)
            #expect(result.platformId.value == platform.identifier.value)
            installed.append(image.0.spbId)
        }
        guard case .spbMetadataList(let list) = try await lba.list() else {
            Issue.record("ListSpbs failed")
            return
        }
        #expect(list.map(\.spbId) == installed)
        #expect(list.map(\.telecomBundleClass) == [.standalone, .rsp, .m2m])
        #expect(list.allSatisfy { $0.spbState == .enabled })
        guard case .spbMetadataList(let rspOnly) = try await lba.list(ListSpbsRequest(telecomBundleClass: .rsp)) else {
            Issue.record("ListSpbs by class failed")
            return
        }
        #expect(rspOnly.map(\.spbId) == [installed[1]])
        #expect(lab.cardFiles() == [installed[1].description + ".card"])
    }

    @Test("State changes over Si3 answer notifications the SPB Manager accepts; refusals are coded")
    func stateChangesOverSi3() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform(limits: PlatformLimits(maximumActiveBundles: 1, modemPorts: 1))
        let lba = try await TestLBA(platform: platform)
        let spbm = try TestSPBM(hierarchy: lab.hierarchy)
        let first = try lab.m2mImage(number: 1)
        let second = try lab.m2mImage(number: 2)
        _ = try await spbm.download(first, through: lba)
        _ = try await spbm.download(second, through: lba)
        let certificate = try #require(lab.credentials.certificate.certificate)
        guard case .spbStateChangeNotification(let notification) = try await lba.change(first.0.spbId, .activate) else {
            Issue.record("activation refused")
            return
        }
        let data = try spbm.binding.verifyStateChangeNotification(notification, spblCertificate: certificate)
        #expect(data.newState == .active)
        #expect(try await lba.change(second.0.spbId, .activate) == .spbStateChangeError(.activeSpbLimitReached))
        #expect(try await lba.change(first.0.spbId, .delete) == .spbStateChangeError(.invalidStateTransition))
        #expect(try await lba.change(SpbId.random(), .enable) == .spbStateChangeError(.spbNotFound))
        #expect(try await lba.change(first.0.spbId, .other(9)) == .spbStateChangeError(.incorrectInputValues))
        guard case .spbStateChangeNotification = try await lba.change(first.0.spbId, .deactivate),
            case .spbStateChangeNotification = try await lba.change(second.0.spbId, .disable),
            case .spbStateChangeNotification(let deletion) = try await lba.change(second.0.spbId, .delete)
        else {
            Issue.record("a legal change was refused")
            return
        }
        #expect(deletion.notificationData.newState == .deleted)
        #expect(try await lba.change(second.0.spbId, .enable) == .spbStateChangeError(.spbNotFound))
    }

    @Test("A tampered image is refused with nothing installed")
    func tamperedImage() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let lba = try await TestLBA(platform: platform)
        let spbm = try TestSPBM(hierarchy: lab.hierarchy)
        for (index, tamper) in [Tamper.segmentByte, .metadataName, .signature].enumerated() {
            let image = try lab.rspImage(number: index)
            let (answer, session, _) = try await spbm.authenticate(through: lba)
            let ssp = try spbm.binding.authenticateSsp(answer, session: session)
            var bound = try spbm.binding.bindImage(image.1, metadata: image.0, for: ssp)
            switch tamper {
            case .segmentByte: bound.encryptedImage[0][3] ^= 0x01
            case .metadataName: bound.boundSpbImageHeader.spbMetadata.spbName = "Free money"
            case .signature: bound.spbmSignature2[10] ^= 0x01
            }
            let result = try await lba.load(bound)
            let expected: SpblErrorReason = tamper == .segmentByte ? .bspSecurityError : .invalidSignature
            #expect(result.spbInstallationResultData.outcome == .failed(expected))
        }
        #expect(try await platform.bundles().isEmpty)
        #expect(lab.cardFiles().isEmpty)
    }

    enum Tamper { case segmentByte, metadataName, signature }

    @Test("SPB Manager certificates from another family's CI are refused")
    func foreignFamilyCI() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let lba = try await TestLBA(platform: platform)
        let stranger = try TestSPBM(hierarchy: try TestHierarchy.generate())
        let ours = try TestSPBM(hierarchy: lab.hierarchy)
        // The foreign SPB Manager's own CI key is not one the SPBL trusts.
        let (_, _, foreign) = try await ours.authenticate(through: lba)
        _ = try await lba.si3(GetSpblChallengeRequest())
        var request = foreign
        request.ciPKIdToBeUsed = stranger.binding.ciPKId
        #expect(try AuthenticateSpbmResponse(derBytes: try await lba.si3(request)) == refusal(request, .ciPKIdNotSupported))
        // Claiming our CI with the stranger's certificates fails the chain check.
        let challenge = try GetSpblChallengeResponse(derBytes: try await lba.si3(GetSpblChallengeRequest()))
        var impostor = foreign
        impostor.spbmSigned1.spblChallenge = challenge.spblChallenge
        impostor.spbmSigningCertificate = stranger.binding.signingCertificate
        impostor.spbmKeyAgreementCertificate = stranger.binding.keyAgreementCertificate
        #expect(
            try AuthenticateSpbmResponse(derBytes: try await lba.si3(impostor)) == refusal(impostor, .invalidCertificate))
        #expect(try await platform.bundles().isEmpty)
    }

    func refusal(_ request: AuthenticateSpbmRequest, _ reason: SpblErrorReason) -> AuthenticateSpbmResponse {
        .authenticateSpbmResponseError(
            AuthenticateSpbmResponseError(transactionId: request.spbmSigned1.transactionId, authenticateErrorCode: reason))
    }

    @Test("A replayed bound image is refused: without a session (6985) and in another session")
    func replay() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let lba = try await TestLBA(platform: platform)
        let spbm = try TestSPBM(hierarchy: lab.hierarchy)
        let (bound, result) = try await spbm.download(try lab.standaloneImage(number: 1), through: lba)
        #expect(result.outcome == .installed)
        do {
            _ = try await lba.load(bound)
            Issue.record("a replayed image was answered")
        } catch let error as ES10TransportError {
            guard case .unexpectedStatus(let status, _) = error else { throw error }
            #expect(status == .conditionsNotSatisfied)
        }
        // In a fresh session, the old image belongs to another transaction.
        let (answer, session, _) = try await spbm.authenticate(through: lba)
        _ = try spbm.binding.authenticateSsp(answer, session: session)
        let replayed = try await lba.load(bound)
        #expect(replayed.spbInstallationResultData.outcome == .failed(.invalidTransactionId))
        #expect(try await platform.bundles().count == 1)
        // The same transaction is never loaded twice, even in a session that reuses its identifier.
        let (again, againSession, _) = try await spbm.authenticate(
            through: lba, transaction: bound.boundSpbImageHeader.transactionId)
        let ssp = try spbm.binding.authenticateSsp(again, session: againSession)
        let other = try lab.m2mImage(number: 5)
        let rebound = try spbm.binding.bindImage(other.1, metadata: other.0, for: ssp)
        #expect(try await lba.load(rebound).spbInstallationResultData.outcome == .failed(.invalidTransactionId))
        #expect(try await platform.bundles().count == 1)
    }

    @Test("CancelSpbSession ends the session with a signed record; the image can no longer be loaded")
    func cancellation() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let lba = try await TestLBA(platform: platform)
        let spbm = try TestSPBM(hierarchy: lab.hierarchy)
        let image = try lab.m2mImage(number: 1)
        let (answer, session, _) = try await spbm.authenticate(through: lba)
        let ssp = try spbm.binding.authenticateSsp(answer, session: session)
        let bound = try spbm.binding.bindImage(image.1, metadata: image.0, for: ssp)
        let other = try TransactionId(bytes: [UInt8](repeating: 7, count: 16))
        let wrong = try CancelSpbSessionResponse(
            derBytes: try await lba.si3(CancelSpbSessionRequest(transactionId: other, reason: .endUserRejection)))
        #expect(wrong == .cancelSpbSessionResponseError(.invalidTransactionId))
        let cancelled = try CancelSpbSessionResponse(
            derBytes: try await lba.si3(
                CancelSpbSessionRequest(transactionId: session.transactionId, reason: .endUserRejection)))
        let reason = try spbm.binding.verifyCancellation(
            cancelled, transactionId: session.transactionId, spblCertificate: ssp.spblCertificate)
        #expect(reason == .endUserRejection)
        await #expect(throws: ES10TransportError.self) { try await lba.load(bound) }
        #expect(try await platform.bundles().isEmpty)
    }

    @Test("Malformed, truncated or unknown Si3 requests are refused with status words, never a crash")
    func hostileInput() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let lba = try await TestLBA(platform: platform)
        let valid = try GetSpblInfoRequest().derBytes()
        for (bytes, status) in [
            (Array(valid.dropLast()), StatusWord.wrongData),
            ([0xBF, 0xA0], .wrongData),
            ([0xBF, 0xA0, 0x7F, 0x00], .functionNotSupported),
            ([0x30, 0x00], .functionNotSupported),
            (valid + [0x00], .wrongData),
            (hex("BFA00203800100"), .wrongData),
        ] {
            do {
                _ = try await lba.transport.transmitES10(bytes)
                Issue.record("\(bytes.hexText) was answered")
            } catch let error as ES10TransportError {
                guard case .unexpectedStatus(let got, _) = error else { throw error }
                #expect(got == status, "\(bytes.hexText)")
            }
        }
        // The platform still answers.
        _ = try SpblInfo(derBytes: try await lba.si3(GetSpblInfoRequest()))
    }
}
