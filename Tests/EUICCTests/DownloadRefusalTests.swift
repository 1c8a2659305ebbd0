import APDU
import Crypto
import Foundation
import SAIP
import SGP22
import SSPCrypto
import Testing

@testable import EUICC

/// LoadBoundProfilePackage refusals: each answers an error ProfileInstallationResult with SGP.22's
/// BppCommandId and ErrorReason, keeps it as a notification, installs nothing and ends the session.
@Suite struct DownloadRefusalTests {
    static func iccid() throws -> ICCID { try ICCID.make(body: "894400000000000010") }

    /// Downloads a small profile and checks the refusal.
    private func expectRefusal(
        card: TestCard, metadata: StoreMetadataRequest? = nil, package: [UInt8]? = nil,
        command: BppCommandId, reason: ErrorReason, alter: ([[UInt8]]) throws -> [[UInt8]] = { $0 }
    ) async throws -> DownloadOutcome {
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let before = try await card.profiles()
        let outcome = try await card.download(
            smdp, metadata: try metadata ?? TestSMDPPlus.metadata(iccid: Self.iccid()),
            package: try package ?? TestProfilePackage.make(iccid: Self.iccid(), padding: 2500), alter: alter)
        #expect(outcome.error?.bppCommandId == command)
        #expect(outcome.error?.errorReason == reason)
        #expect(try await card.profiles() == before)
        // The error result is signed and kept as the install notification.
        let data = outcome.result.profileInstallationResultData
        #expect(
            card.hierarchy.euicc.privateKey.publicKey.isValidSignature(
                rawBytes: outcome.result.euiccSignPIR.signature, for: try data.signedBytes()))
        #expect(try await card.notifications().last == data.notificationMetadata)
        // The session is over: a further segment has no session to belong to.
        #expect(try await card.statusWord(of: [0xA3, 0x00]) == .conditionsNotSatisfied)
        return outcome
    }

    @Test func iccidAlreadyOnTheCard() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let first = try await card.download(
            smdp, metadata: try TestSMDPPlus.metadata(iccid: Self.iccid()),
            package: try TestProfilePackage.make(iccid: Self.iccid()))
        #expect(first.isSuccess)
        _ = try await expectRefusal(
            card: card, command: .storeMetadata, reason: .installFailedDueToIccidAlreadyExistsOnEuicc)
        #expect(try await card.notifications().count == 2)
    }

    @Test func badMACInAProfileSegmentInstallsNothing() async throws {
        let card = try await TestCard.make()
        var total = 0
        let outcome = try await expectRefusal(card: card, command: .loadProfileElements, reason: .scp03tSecurityError) {
            segments in
            var segments = segments
            total = segments.count
            let index = segments.count - 2  // an '86' segment
            segments[index][segments[index].count - 1] ^= 0x01
            return segments
        }
        // The card stopped at the tampered segment.
        #expect(outcome.segmentResponses.count == total - 1)
    }

    @Test func badMACInMetadata() async throws {
        let card = try await TestCard.make()
        _ = try await expectRefusal(card: card, command: .storeMetadata, reason: .scp03tSecurityError) { segments in
            var segments = segments
            segments[3][5] ^= 0x80  // inside the first '88'
            return segments
        }
    }

    @Test func profileSegmentBeforeItsHeaderIsOutOfOrder() async throws {
        let card = try await TestCard.make()
        _ = try await expectRefusal(card: card, command: .loadProfileElements, reason: .scp03tStructureError) {
            segments in
            // Drop the 'A3' header: an '86' arrives where A2 or A3 is expected.
            segments.filter { $0.first != 0xA3 }
        }
    }

    @Test func swappedProfileSegmentsFailTheMACChain() async throws {
        let card = try await TestCard.make()
        _ = try await expectRefusal(card: card, command: .loadProfileElements, reason: .scp03tSecurityError) {
            segments in
            var segments = segments
            segments.swapAt(segments.count - 1, segments.count - 2)
            return segments
        }
    }

    @Test func metadataBeforeConfigureISDPIsOutOfOrder() async throws {
        let card = try await TestCard.make()
        _ = try await expectRefusal(card: card, command: .configureISDP, reason: .scp03tStructureError) { segments in
            var segments = segments
            segments.swapAt(1, 2)
            return segments
        }
    }

    @Test func unsupportedProfileClass() async throws {
        var configuration = EUICCConfiguration()
        configuration.supportedProfileClasses = [.operational]
        let card = try await TestCard.make(configuration: configuration)
        _ = try await expectRefusal(
            card: card, metadata: try TestSMDPPlus.metadata(iccid: Self.iccid(), profileClass: .test),
            command: .storeMetadata, reason: .unsupportedProfileClass)
    }

    @Test func insufficientMemory() async throws {
        var configuration = EUICCConfiguration()
        configuration.profileMemoryCapacity = 2000
        let card = try await TestCard.make(configuration: configuration)
        _ = try await expectRefusal(
            card: card, command: .loadProfileElements, reason: .installFailedDueToInsufficientMemoryForProfile)
    }

    @Test func policyRulesTheRATDoesNotAllow() async throws {
        let card = try await TestCard.make(rat: RulesAuthorisationTable(rules: []))
        _ = try await expectRefusal(
            card: card, metadata: try TestSMDPPlus.metadata(iccid: Self.iccid(), rules: [.ppr2]),
            command: .storeMetadata, reason: .pprNotAllowed)
    }

    @Test func policyRulesForAnotherOperatorOnly() async throws {
        let rat = RulesAuthorisationTable(rules: [
            ProfilePolicyAuthorisationRule(
                pprIds: [.ppr1, .ppr2], allowedOperators: [OperatorId(mccMnc: [0x00, 0xF1, 0x10])], pprFlags: [])
        ])
        let card = try await TestCard.make(rat: rat)
        _ = try await expectRefusal(
            card: card, metadata: try TestSMDPPlus.metadata(iccid: Self.iccid(), rules: [.ppr1]),
            command: .storeMetadata, reason: .pprNotAllowed)
    }

    @Test func packageICCIDDiffersFromMetadata() async throws {
        let card = try await TestCard.make()
        _ = try await expectRefusal(
            card: card, package: try TestProfilePackage.make(iccid: try ICCID.make(body: "894400000000000099")),
            command: .loadProfileElements, reason: .installFailedDueToDataMismatch)
    }

    @Test func mandatoryServiceTheCardLacks() async throws {
        var configuration = EUICCConfiguration()
        configuration.uiccCapability = [.usimSupport, .akaMilenage]
        let card = try await TestCard.make(configuration: configuration)
        let outcome = try await expectRefusal(
            card: card, package: try TestProfilePackage.make(iccid: Self.iccid(), mandatoryServices: [.usim, .csim]),
            command: .loadProfileElements, reason: .installFailedDueToPEProcessingError)
        #expect(outcome.error?.simaResponse != nil)
    }

    @Test func newerPackageVersion() async throws {
        let card = try await TestCard.make()
        _ = try await expectRefusal(
            card: card, package: try TestProfilePackage.make(iccid: Self.iccid(), majorVersion: 3),
            command: .loadProfileElements, reason: .installFailedDueToPEProcessingError)
    }

    @Test func garbageInsteadOfAProfilePackage() async throws {
        let card = try await TestCard.make()
        _ = try await expectRefusal(
            card: card, package: [0x30, 0x03, 0x02, 0x01, 0x00],
            command: .loadProfileElements, reason: .installFailedDueToPEProcessingError)
    }
}
