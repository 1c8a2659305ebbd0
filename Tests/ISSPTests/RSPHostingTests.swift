import APDU
import Foundation
import SGP22
import SPB
import Testing

@testable import ISSP

@Suite("RSP Telecom Bundles host an eUICC reached over APDUs")
struct RSPHostingTests {
    /// An ES10 transport to a bundle's dispatcher, as the LBA's LPA would open it.
    func transport(_ dispatcher: APDUDispatcher) throws -> ES10Transport {
        try ES10Transport(connection: InProcessCardConnection(card: dispatcher))
    }

    @Test("While Enabled or Active the bundle's ISD-R answers GetEID with the image's EID")
    func getEIDWhenEnabled() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let image = try lab.rspImage(number: 1)
        let bundle = try await installDirectly(image, on: platform)
        guard case .rspBundleImage(let rsp) = image.1 else { return }
        let es10 = try transport(try await platform.cardInterface(for: bundle.spbId))
        try await es10.open()
        let answer = try GetEuiccDataResponse(derBytes: try await es10.transmitES10(try GetEuiccDataRequest().derBytes()))
        #expect(answer.eidValue == rsp.euiccIdentity.eid.bcd)
        // Active on a port, the baseband reaches the same eUICC through that port.
        try await platform.activate(bundle.spbId)
        let onPort = try #require(try await platform.cardInterface(onPort: 1))
        let viaPort = try transport(onPort)
        try await viaPort.open()
        let again = try GetEuiccDataResponse(derBytes: try await viaPort.transmitES10(try GetEuiccDataRequest().derBytes()))
        #expect(again.eidValue == rsp.euiccIdentity.eid.bcd)
        #expect(try await platform.cardInterface(onPort: 2) == nil)
    }

    @Test("While Disabled the ISD-R is not selectable and refuses a download; the Profile list stays readable")
    func refusesWhenDisabled() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let bundle = try await installDirectly(try lab.rspImage(number: 1), on: platform)
        let dispatcher = try await platform.cardInterface(for: bundle.spbId)
        let early = try transport(dispatcher)
        try await early.open()
        try await platform.disable(bundle.spbId)
        // A channel opened before: the first step of a download (GetEUICCChallenge) is refused.
        await #expect(throws: ES10TransportError.self) {
            try await early.transmitES10(try GetEuiccChallengeRequest().derBytes())
        }
        let late = try transport(dispatcher)
        do {
            try await late.open()
            Issue.record("the ISD-R of a Disabled bundle was selected")
        } catch let error as ES10TransportError {
            guard case .unexpectedStatus(let status, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(status == .conditionsNotSatisfied)
        }
        #expect(try await platform.cachedProfiles(of: bundle.spbId).isEmpty)
        #expect(try await platform.bundle(bundle.spbId).metadata.spbName == "RSP 1")
        // Enabled again, it answers.
        try await platform.enable(bundle.spbId)
        try await late.open()
        _ = try await late.transmitES10(try GetEuiccChallengeRequest().derBytes())
    }

    @Test("Deleting the bundle wipes its card file; a reopened platform hosts the others again")
    func deletionAndReopen() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let first = try await installDirectly(try lab.rspImage(number: 1), on: platform)
        let second = try await installDirectly(try lab.rspImage(number: 2), on: platform)
        try await platform.activate(second.spbId)
        #expect(lab.cardFiles().count == 2)
        try await platform.delete(first.spbId)
        #expect(lab.cardFiles() == [second.spbId.description + ".card"])
        await #expect(throws: ISSPError.bundleDeleted(first.spbId)) { try await platform.cardInterface(for: first.spbId) }

        let reopened = try await lab.reopenPlatform()
        #expect(try await reopened.bundles().map(\.spbId) == [second.spbId])
        #expect(try await reopened.bundle(second.spbId).state == .active)
        #expect(try await reopened.bundle(second.spbId).port == 1)
        let es10 = try transport(try await reopened.cardInterface(for: second.spbId))
        try await es10.open()
        _ = try await es10.transmitES10(try GetEuiccDataRequest().derBytes())
    }

    @Test("A card file left half made by a power cut is finished or removed on open")
    func crashRecovery() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        // The platform is closed (released) before its files are tampered with, as after a power cut.
        func installOne() async throws -> InstalledBundle {
            let platform = try await lab.makePlatform()
            return try await installDirectly(try lab.rspImage(number: 1), on: platform)
        }
        let bundle = try await installOne()
        let cards = lab.directory.appendingPathComponent(ISSPPlatform.cardDirectoryName)
        let final = cards.appendingPathComponent(bundle.spbId.description + ".card")
        // Power cut after the commit, before the rename: the committed bundle's file is put in place.
        let partial = cards.appendingPathComponent(bundle.spbId.description + ".card.partial")
        try FileManager.default.moveItem(at: final, to: partial)
        // Power cut before the commit: a partial file without a row, and an orphan card file.
        let orphanPartial = cards.appendingPathComponent(SpbId.random().description + ".card.partial")
        let orphanCard = cards.appendingPathComponent(SpbId.random().description + ".card")
        try Data([1, 2, 3]).write(to: orphanPartial)
        try Data([1, 2, 3]).write(to: orphanCard)

        let reopened = try await lab.reopenPlatform()
        #expect(lab.cardFiles() == [bundle.spbId.description + ".card"])
        let es10 = try transport(try await reopened.cardInterface(for: bundle.spbId))
        try await es10.open()
        _ = try await es10.transmitES10(try GetEuiccDataRequest().derBytes())
    }
}

@Suite("RSPB3 and RSPBX1: a Profile download into an RSP bundle installed over Si3")
struct RSPProfileDownloadTests {
    @Test("Enabled, the bundle takes a Profile from an SM-DP+; Disabled, its Profile list stays readable")
    func downloadThenDisable() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let lba = try await TestLBA(platform: platform)
        let image = try lab.rspImage(number: 4)
        _ = try await TestSPBM(hierarchy: lab.hierarchy).download(image, through: lba)
        guard case .rspBundleImage(let rsp) = image.1 else { return }
        let spbId = image.0.spbId

        let es10 = try ES10Transport(connection: InProcessCardConnection(card: try await platform.cardInterface(for: spbId)))
        try await es10.open()
        let iccid = try ICCID.make(body: "894400000000000123")
        let result = try await TestProfileServer(hierarchy: lab.hierarchy)
            .download(iccid: iccid, eid: rsp.euiccIdentity.eid, through: es10)
        guard case .successResult = result.profileInstallationResultData.finalResult else {
            Issue.record("the download failed: \(result.profileInstallationResultData.finalResult)")
            return
        }
        #expect(try await platform.cachedProfiles(of: spbId).map(\.iccid) == [iccid.wireValue])

        // Disabled: the ISD-R refuses a new download, the LBA still lists the bundle and its Profile.
        guard case .spbStateChangeNotification = try await lba.change(spbId, .disable) else {
            Issue.record("disable refused")
            return
        }
        await #expect(throws: ES10TransportError.self) {
            try await es10.transmitES10(try GetEuiccChallengeRequest().derBytes())
        }
        #expect(try await platform.cachedProfiles(of: spbId).map(\.iccid) == [iccid.wireValue])
        guard case .spbMetadataList(let list) = try await lba.list(ListSpbsRequest(spbId: spbId)) else {
            Issue.record("ListSpbs refused")
            return
        }
        #expect(list.first?.spbState == .disabled)
        // After a restart too.
        let reopened = try await lab.reopenPlatform()
        #expect(try await reopened.cachedProfiles(of: spbId).map(\.iccid) == [iccid.wireValue])
    }
}
