import Foundation
import SGP22
import SMDPPlus
import Testing

/// Whole downloads over HTTPS: the operator orders over ES2+, the card (the EUICC engine over APDUs) authenticates,
/// gets its Bound Profile Package, installs it, and its installation result comes back through HandleNotification.
@Suite("ES9+ downloads")
struct ES9PlusDownloadTests {
    @Test("a released order is downloaded and installed; the operator hears of every step")
    func fullDownload() async throws {
        let operatorStub = OperatorStub()
        try await operatorStub.start()
        try await TestLab.with(callbackURL: operatorStub.url) { lab in
            let server = try await lab.start()
            let imported = try await lab.importTS48(into: server)
            #expect(imported.count >= 10)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V2-SAIP2-1-BERTLV-UNIQUE")

            let (transactionId, result) = try await lab.download(device, matchingId: matchingId)

            guard case .successResult = result.profileInstallationResultData.finalResult else {
                Issue.record("installation failed: \(result.profileInstallationResultData.finalResult)")
                return
            }
            #expect(result.profileInstallationResultData.transactionId == transactionId)
            let installed = try await device.card.installedProfiles()
            #expect(installed.map(\.iccid) == [iccid])
            let package = try await server.storage.profilePackage(iccid: iccid)
            #expect(try await device.card.storedProfilePackage(iccid: iccid) == package)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .installed)
            #expect(try await server.storage.order(matchingId: matchingId)?.status == .completed)
            let notifications = try await server.storage.notifications(eid: device.eid)
            #expect(notifications.map(\.kind) == [.profileInstallationResult])
            #expect(notifications.first?.success == true)

            let callbacks = await operatorStub.waitForCallbacks(3)
            #expect(callbacks.map(\.notificationPointId.rawValue).sorted() == [1, 3, 4])
            #expect(callbacks.allSatisfy { $0.iccid == iccid && $0.eid == device.eid })
            #expect(callbacks.allSatisfy { $0.notificationPointStatus.status == .executedSuccess })
            #expect(callbacks.first { $0.notificationPointId == .bppInstallation }?.resultData != nil)
            try await server.stop()
        }
        try await operatorStub.stop()
    }

    @Test("the Bound Profile Package has the structure SGP.22 prescribes")
    func packageStructure() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            let (_, outcome) = try await lab.authenticate(device, matchingId: matchingId)
            let authenticated = try outcome.executed()
            let metadata = try StoreMetadataRequest(derBytes: authenticated.profileMetadata)
            #expect(try ICCID(metadata.iccid) == iccid)
            #expect(metadata.profileName == "TS48V1-A-UNIQUE")
            let smdpSigned2 = try SmdpSigned2(derBytes: authenticated.smdpSigned2)
            #expect(smdpSigned2.ccRequiredFlag == false)
            #expect(smdpSigned2.bppEuiccOtpk == nil)

            let bound = try await lab.getPackage(device, authenticated: authenticated).outcome.executed()
            let package = try BoundProfilePackage(derBytes: bound.boundProfilePackage)
            let initialise = package.initialiseSecureChannelRequest
            #expect(initialise.remoteOpId == .installBoundProfilePackage)
            #expect(initialise.transactionId == authenticated.transactionId)
            #expect(initialise.controlRefTemplate.keyType == 0x88)
            #expect(initialise.controlRefTemplate.keyLen == 0x10)
            #expect(package.firstSequenceOf87.count == 1)
            #expect(package.secondSequenceOf87?.count == 1)
            #expect(!package.sequenceOf86.isEmpty)
            for segment in try package.segments() where segment.first == 0x86 {
                #expect(segment.count <= 1020)
            }
            try await server.stop()
        }
    }

    @Test("an order with a confirmation code is downloaded when the code is right")
    func confirmationCode() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, matchingId) = try await lab.order(profileType: "TS48V1-B-UNIQUE", confirmationCode: "1234")
            let (_, outcome) = try await lab.authenticate(device, matchingId: matchingId)
            let authenticated = try outcome.executed()
            #expect(try SmdpSigned2(derBytes: authenticated.smdpSigned2).ccRequiredFlag)
            let bound = try await lab.getPackage(device, authenticated: authenticated, confirmationCode: "1234")
                .outcome.executed()
            let result = try await device.load(boundProfilePackage: bound.boundProfilePackage)
            #expect(try await lab.handleNotification(result) == 204)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .installed)
            try await server.stop()
        }
    }

    @Test("an order for an EID is downloaded without a MatchingID (default SM-DP+)")
    func defaultSMDP() async throws {
        try await TestLab.with { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (iccid, _) = try await lab.order(profileType: "TS48V1-A-UNIQUE", eid: device.eid)
            try await lab.download(device, matchingId: nil)
            #expect(try await server.storage.profile(iccid: iccid)?.state == .installed)
            #expect(try await device.card.installedProfiles().map(\.iccid) == [iccid])
            try await server.stop()
        }
    }

    @Test("an operator that fails the first callbacks still gets them, and the download does not wait")
    func callbackRetries() async throws {
        let operatorStub = OperatorStub(failures: 2)
        try await operatorStub.start()
        try await TestLab.with(callbackURL: operatorStub.url) { lab in
            let server = try await lab.start()
            try await lab.importTS48(into: server)
            let device = try await TestDevice.make(hierarchy: lab.hierarchy)
            let (_, matchingId) = try await lab.order(profileType: "TS48V1-A-UNIQUE")
            try await lab.download(device, matchingId: matchingId)
            let callbacks = await operatorStub.waitForCallbacks(3)
            #expect(callbacks.count == 3)
            #expect(operatorStub.attemptCount == 5)
            try await server.stop()
        }
        try await operatorStub.stop()
    }
}
