import Foundation
import LPA
import SGP22
import SMDPPlus
import SSPPKI
import Testing

/// Downloads that must fail: each with its SGP.22 code, the session cancelled, and nothing lost.
@Suite("Download failures")
struct DownloadFailureTests {
    @Test("an unknown matchingId is refused with 8.2.6/3.8 and the card keeps nothing")
    func unknownMatchingId() async throws {
        try await Lab.with { lab in
            let device = try await lab.device()
            let code = try ActivationCode(smdpAddress: lab.address, matchingID: "NO-SUCH-ORDER-1")
            let error = try await failedDownload(lab, device, code, .acceptingEverything())
            #expect(error.step == .authenticateClient)
            #expect(error.statusCodeData?.hasSameCode(as: .matchingIdRefused) == true)
            #expect(error.description.contains("8.2.6"))
            // The eUICC had authenticated the server, so its session was cancelled.
            #expect(error.cancellation?.cardError == nil)
            #expect(try await device.client.getProfilesInfo().isEmpty)
            #expect(try await device.client.listNotification().isEmpty)
        }
    }

    @Test("a matchingId that was already used is refused")
    func reusedMatchingId() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile)
            let first = try await lab.device()
            _ = try await lab.withLPA(on: first) { lpa in try await lpa.download(code, interaction: .acceptingEverything()) }
            let second = try await lab.device(eid: try #require(EIDFormat.make(prefix: "89049032", individualNumber: 3)))
            let error = try await failedDownload(lab, second, code, .acceptingEverything())
            #expect(error.step == .authenticateClient)
            #expect(error.statusCodeData?.hasSameCode(as: .matchingIdRefused) == true)
            #expect(try await second.client.getProfilesInfo().isEmpty)
            #expect(try await lab.profile(profile.iccid.digits)?.state == .installed)
        }
    }

    @Test("consent rejected: endUserRejection reaches the SM-DP+, which ends the order per its policy")
    func consentRejected() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile)
            let device = try await lab.device()
            let shown = OfferLog()
            let steps = StepLog()
            let interaction = DownloadInteraction(
                consent: { offer in
                    shown.append(offer)
                    return .reject
                }, progress: steps.record)
            let error = try await failedDownload(lab, device, code, interaction)
            guard case .rejectedByUser = error.failure else {
                Issue.record("expected rejectedByUser, got \(error)")
                return
            }
            #expect(error.step == .consent)
            #expect(error.cancellation?.reason == .endUserRejection)
            #expect(error.cancellation?.isComplete == true)
            #expect(steps.cancellations == [.endUserRejection])
            // The user saw the profile's metadata.
            let offer = try #require(shown.offers.first)
            #expect(offer.iccid == profile.iccid)
            #expect(offer.profileName == profile.profileName)
            #expect(offer.summaryLines.contains { $0.contains(profile.iccid.digits) })
            // The SM-DP+ took endUserRejection as final: the order ended, the profile awaits the operator.
            #expect(try await lab.profile(profile.iccid.digits)?.state == .error)
            #expect(try await device.client.getProfilesInfo().isEmpty)
        }
    }

    @Test("consent postponed: the session is cancelled with postponed and the order can be downloaded later")
    func consentPostponed() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile)
            let device = try await lab.device()
            let error = try await failedDownload(lab, device, code, DownloadInteraction(consent: { _ in .postpone }))
            #expect(error.cancellation?.reason == .postponed && error.cancellation?.isComplete == true)
            #expect(try await lab.profile(profile.iccid.digits)?.state == .released)

            _ = try await lab.withLPA(on: device) { lpa in try await lpa.download(code, interaction: .acceptingEverything()) }
            #expect(try await lab.profile(profile.iccid.digits)?.state == .installed)
        }
    }

    @Test("an SM-DP+ whose TLS certificate is not trusted is refused before anything is sent")
    func untrustedServer() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile)
            let device = try await lab.device()
            // Another lab's CI: a well-formed root, but not the one that issued this SM-DP+'s certificate.
            let stranger = try TestHierarchy.generate().ci.parsed
            for trust in [ServerTrust.only([stranger]), .systemRoots] {
                let error = try await lab.withLPA(on: device, trust: trust) { lpa in
                    do {
                        _ = try await lpa.download(code, interaction: .acceptingEverything())
                    } catch let error as DownloadError {
                        return error
                    }
                    throw LabFailure("the download succeeded against an untrusted server")
                }
                #expect(error.step == .initiateAuthentication)
                guard case .server(.untrustedServer(.initiateAuthentication, let address, _)) = error.failure else {
                    Issue.record("expected untrustedServer, got \(error)")
                    continue
                }
                #expect(address == lab.address)
                #expect(error.description.contains("not trusted"))
            }
            // The order was never touched.
            #expect(try await lab.profile(profile.iccid.digits)?.state == .released)
            #expect(try await lab.storage.notifications(eid: nil).isEmpty)
        }
    }

    @Test("an SM-DP+ that is down is reported as unreachable")
    func serverDown() async throws {
        try await Lab.with { lab in
            let profile = try #require(try await lab.availableProfiles().first)
            let code = try await lab.order(profile)
            try await lab.stop()
            let device = try await lab.device()
            let error = try await failedDownload(lab, device, code, .acceptingEverything())
            guard case .server(let cause) = error.failure, case .unreachable = cause else {
                Issue.record("expected unreachable, got \(error)")
                return
            }
            #expect(error.cancellation == nil)
        }
    }
}

/// Collects the offers shown to the user.
final class OfferLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ProfileOffer] = []

    func append(_ offer: ProfileOffer) { lock.withLock { stored.append(offer) } }
    var offers: [ProfileOffer] { lock.withLock { stored } }
}
