import Foundation
import LPA
import SGP22
import SMDPPlus
import SSPPKI
import Testing

/// Whole downloads: the SM-DP+ over HTTPS on loopback, the eUICC over APDUs, the LPA in between.
@Suite("Profile download between the SM-DP+ and the eUICC")
struct DownloadTests {
    @Test("a released order installs; the installation result reaches the SM-DP+ and leaves the card")
    func plainDownload() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile)
            #expect(code.smdpAddress == lab.address && !code.confirmationCodeRequired)
            let device = try await lab.device()
            let steps = StepLog()
            let (result, notifications) = try await lab.withLPA(on: device) { lpa in
                try await lpa.download(code, interaction: .acceptingEverything(progress: steps.record))
            }
            #expect(result.iccidText == profile.iccid.digits)
            #expect(result.resultAcknowledged)
            #expect(result.offer.serviceProviderName == profile.serviceProviderName)
            #expect(notifications?.entries.isEmpty == true)

            // The progress went through every step in SGP.22's order, with the segments counted.
            #expect(steps.steps == [
                .readEUICC, .initiateAuthentication, .authenticateServer, .authenticateClient, .consent,
                .prepareDownload, .getBoundProfilePackage, .loadBoundProfilePackage, .sendInstallationResult,
            ])
            let segments = steps.segments
            #expect(segments.count >= 6 && segments.last?.0 == segments.last?.1)

            // The card has the profile, disabled, and no pending notification.
            let installed = try await device.client.getProfilesInfo()
            #expect(installed.count == 1)
            #expect(installed.first?.iccid == profile.iccid.wireValue)
            #expect(installed.first?.profileState == .disabled)
            #expect(try await device.client.listNotification().isEmpty)

            // The SM-DP+ saw the installation result and marked the profile installed.
            #expect(try await lab.profile(profile.iccid.digits)?.state == .installed)
            let received = try await lab.storage.notifications(eid: device.card.eid)
            #expect(received.count == 1)
            #expect(received.first?.kind == .profileInstallationResult && received.first?.success == true)
        }
    }
}

/// Collects the progress a download reports.
final class StepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [DownloadProgress] = []

    var record: @Sendable (DownloadProgress) -> Void { { event in self.lock.withLock { self.events.append(event) } } }

    var all: [DownloadProgress] { lock.withLock { events } }

    var steps: [DownloadStep] {
        all.compactMap { if case .step(let step) = $0 { return step } else { return nil } }
    }

    var segments: [(Int, Int)] {
        all.compactMap { if case .segment(let segment, let count) = $0 { return (segment, count) } else { return nil } }
    }

    var cancellations: [CancelSessionReason] {
        all.compactMap { if case .cancelling(let reason) = $0 { return reason } else { return nil } }
    }
}

/// Downloads that need more than a plain yes: a confirmation code, an order bound to an EID.
@Suite("Download with confirmation code and EID-bound orders")
struct DownloadVariantTests {
    @Test("a confirmation code given up front is hashed with the session and accepted")
    func confirmationCodeUpFront() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile, confirmationCode: "7391")
            #expect(code.confirmationCodeRequired)
            let device = try await lab.device()
            let steps = StepLog()
            let (result, _) = try await lab.withLPA(on: device) { lpa in
                try await lpa.download(
                    code, interaction: .acceptingEverything(confirmationCode: "7391", progress: steps.record))
            }
            #expect(result.offer.confirmationCodeRequired)
            #expect(steps.steps.contains(.confirmationCode))
            #expect(try await lab.profile(profile.iccid.digits)?.state == .installed)
        }
    }

    @Test("a confirmation code asked for during the download is accepted")
    func confirmationCodeAsked() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile, confirmationCode: "0000-1111")
            let device = try await lab.device()
            let asked = StepLog()
            let interaction = DownloadInteraction(
                consent: { _ in .accept },
                askConfirmationCode: { offer in
                    asked.record(.step(.confirmationCode))
                    return offer.confirmationCodeRequired ? "0000-1111" : nil
                })
            _ = try await lab.withLPA(on: device) { lpa in try await lpa.download(code, interaction: interaction) }
            #expect(asked.steps == [.confirmationCode])
            #expect(try await device.client.getProfilesInfo().count == 1)
        }
    }

    @Test("wrong confirmation codes are refused with 8.2.7/3.8, counted, and lock the order at the limit")
    func wrongConfirmationCode() async throws {
        try await Lab.with(limits: SMDPLimits(confirmationCodeAttempts: 2)) { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile, confirmationCode: "1234")
            let device = try await lab.device()

            let first = try await failedDownload(lab, device, code, .acceptingEverything(confirmationCode: "9999"))
            #expect(first.step == .getBoundProfilePackage)
            #expect(first.statusCodeData?.hasSameCode(as: .confirmationCodeRefused) == true)
            #expect(first.description.contains("8.2.7") && first.description.contains("3.8"))
            // The session was cancelled on the card and reported to the SM-DP+; the order is still open.
            #expect(first.cancellation?.reason == .undefinedReason)
            #expect(first.cancellation?.cardError == nil)
            #expect(try await lab.profile(profile.iccid.digits)?.state == .released)

            let second = try await failedDownload(lab, device, code, .acceptingEverything(confirmationCode: "8888"))
            #expect(second.statusCodeData?.hasSameCode(as: .confirmationCodeRetriesExceeded) == true)
            #expect(try await lab.profile(profile.iccid.digits)?.state == .error)

            // Locked: even the right code no longer gets the profile.
            let third = try await failedDownload(lab, device, code, .acceptingEverything(confirmationCode: "1234"))
            #expect(third.statusCodeData != nil)
            #expect(try await device.client.getProfilesInfo().isEmpty)
            #expect(try await device.client.listNotification().isEmpty)
        }
    }

    @Test("without the confirmation code the session is cancelled and the order stays for a later try")
    func confirmationCodeMissing() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile, confirmationCode: "1234")
            let device = try await lab.device()
            let error = try await failedDownload(lab, device, code, .acceptingEverything())
            guard case .confirmationCodeNotGiven = error.failure else {
                Issue.record("expected confirmationCodeNotGiven, got \(error)")
                return
            }
            #expect(error.cancellation?.reason == .postponed && error.cancellation?.isComplete == true)
            #expect(try await lab.profile(profile.iccid.digits)?.state == .released)
            _ = try await lab.withLPA(on: device) { lpa in
                try await lpa.download(code, interaction: .acceptingEverything(confirmationCode: "1234"))
            }
            #expect(try await lab.profile(profile.iccid.digits)?.state == .installed)
        }
    }

    @Test("an order bound to this eUICC's EID installs")
    func eidBound() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let device = try await lab.device()
            let code = try await lab.order(profile, eid: device.card.eid)
            _ = try await lab.withLPA(on: device) { lpa in try await lpa.download(code, interaction: .acceptingEverything()) }
            #expect(try await lab.profile(profile.iccid.digits)?.state == .installed)
        }
    }

    @Test("an order bound to another EID is refused with 8.1.1/3.8, and its eUICC still gets it afterwards")
    func otherEID() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let owner = try await lab.device()
            let stranger = try await lab.device(eid: try #require(EIDFormat.make(prefix: "89049032", individualNumber: 2)))
            #expect(stranger.card.eid != owner.card.eid)
            let code = try await lab.order(profile, eid: owner.card.eid)

            let error = try await failedDownload(lab, stranger, code, .acceptingEverything())
            #expect(error.step == .authenticateClient)
            #expect(error.statusCodeData?.hasSameCode(as: .eidRefused) == true)
            #expect(error.cancellation != nil)
            #expect(try await stranger.client.getProfilesInfo().isEmpty)

            // Nothing lost: the order is still there for the right eUICC.
            _ = try await lab.withLPA(on: owner) { lpa in try await lpa.download(code, interaction: .acceptingEverything()) }
            #expect(try await owner.client.getProfilesInfo().count == 1)
        }
    }
}

/// Runs a download that must fail and returns its error.
func failedDownload(
    _ lab: Lab, _ device: TestDevice, _ code: ActivationCode, _ interaction: DownloadInteraction
) async throws -> DownloadError {
    try await lab.withLPA(on: device) { lpa in
        do {
            _ = try await lpa.download(code, interaction: interaction)
        } catch let error as DownloadError {
            return error
        }
        throw LabFailure("the download of \(code) succeeded but should have failed")
    }
}
