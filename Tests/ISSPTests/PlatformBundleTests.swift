import APDU
import Foundation
import SGP22
import SPB
import Testing

@testable import ISSP

@Suite("Bundles on the platform: states, ports, notifications, deletion")
struct PlatformBundleTests {
    @Test("Each class installs; the platform lists it with its metadata and state")
    func installAndList() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let standalone = try await installDirectly(try lab.standaloneImage(number: 1), on: platform)
        let rsp = try await installDirectly(try lab.rspImage(number: 2), on: platform, initialState: .disabled)
        let m2m = try await installDirectly(try lab.m2mImage(number: 3), on: platform)
        let listed = try await platform.bundles()
        #expect(listed.map(\.spbId) == [standalone.spbId, rsp.spbId, m2m.spbId])
        #expect(listed.map(\.bundleClass) == [.standalone, .rsp, .m2m])
        #expect(listed.map(\.state) == [.enabled, .disabled, .enabled])
        #expect(try await platform.bundles(of: .rsp).map(\.spbId) == [rsp.spbId])
        #expect(try await platform.freeSpace() == platform.limits.bundleMemory - 3 * (64 << 10))
        #expect(lab.cardFiles() == [rsp.spbId.description + ".card"])
        // Nothing of the temporary card file is left, not even SQLite's sidecars.
        let cards = lab.directory.appendingPathComponent(ISSPPlatform.cardDirectoryName)
        let names = try FileManager.default.contentsOfDirectory(atPath: cards.path)
        #expect(!names.contains { $0.contains("partial") })
    }

    @Test("Transitions follow the table, with signed notifications numbered from a persisted counter")
    func transitions() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let bundle = try await installDirectly(try lab.m2mImage(number: 1), on: platform)
        let spbId = bundle.spbId
        var seen: [Int] = []
        func check(_ notification: SpbStateChangeNotification, _ state: SpbState) throws {
            #expect(notification.notificationData.newState == state)
            #expect(notification.notificationData.spbId == spbId)
            #expect(notification.notificationData.spbmAddress == TestLab.spbmAddress)
            let signed = try notification.notificationData.signedBytes()
            #expect(isSignedBySPBL(notification.spblSignature, over: signed, lab: lab))
            seen.append(notification.notificationData.seqNumber)
        }
        try check(try await platform.disable(spbId), .disabled)
        await #expect(throws: TelecomBundleStateError.self) { try await platform.activate(spbId) }
        await #expect(throws: TelecomBundleStateError.self) { try await platform.disable(spbId) }
        try check(try await platform.enable(spbId), .enabled)
        await #expect(throws: TelecomBundleStateError.self) { try await platform.enable(spbId) }
        await #expect(throws: TelecomBundleStateError.self) { try await platform.deactivate(spbId) }
        let activation = try await platform.activate(spbId)
        try check(try #require(activation.last), .active)
        #expect(try await platform.bundle(spbId).port == 1)
        await #expect(throws: TelecomBundleStateError.self) { try await platform.disable(spbId) }
        await #expect(throws: TelecomBundleStateError.self) { try await platform.delete(spbId) }
        try check(try await platform.deactivate(spbId), .enabled)
        #expect(try await platform.bundle(spbId).port == nil)
        #expect(seen == seen.sorted() && Set(seen).count == seen.count)
        // The counter survives a restart.
        let reopened = try await lab.reopenPlatform()
        let notification = try await reopened.disable(spbId)
        #expect(notification.notificationData.seqNumber > (seen.last ?? 0))
    }

    @Test("The active limit: 'no free port' unless a bundle to deactivate is named")
    func activeLimit() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform(limits: PlatformLimits(maximumActiveBundles: 2, modemPorts: 2))
        var ids: [SpbId] = []
        for number in 1...3 { ids.append(try await installDirectly(try lab.m2mImage(number: number), on: platform).spbId) }
        try await platform.activate(ids[0])
        try await platform.activate(ids[1])
        do {
            try await platform.activate(ids[2])
            Issue.record("a third bundle became Active with a limit of two")
        } catch let error as ModemPortError {
            #expect(error.description.contains("no free port"))
        }
        #expect(try await platform.bundle(ids[2]).state == .enabled)
        #expect(try await platform.portTable().assignments == [1: ids[0], 2: ids[1]])
        let notifications = try await platform.activate(ids[2], replacing: ids[0])
        #expect(notifications.map(\.notificationData.newState) == [.enabled, .active])
        #expect(try await platform.portTable().assignments == [1: ids[2], 2: ids[1]])
        #expect(try await platform.bundle(ids[0]).state == .enabled)
        // Naming a bundle that is not Active changes nothing.
        await #expect(throws: TelecomBundleStateError.self) { try await platform.activate(ids[0], replacing: ids[0]) }
        let stranger = SpbId.random()
        await #expect(throws: ISSPError.bundleNotFound(stranger)) {
            try await platform.activate(ids[0], replacing: stranger)
        }
        #expect(try await platform.portTable().assignments == [1: ids[2], 2: ids[1]])
    }

    @Test("Deletion wipes the bundle and leaves a tombstone; an Active bundle is deactivated explicitly first")
    func deletion() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let image = try lab.rspImage(number: 1)
        let rsp = try await installDirectly(image, on: platform)
        try await platform.activate(rsp.spbId)
        await #expect(throws: TelecomBundleStateError.self) { try await platform.delete(rsp.spbId) }
        let notifications = try await platform.delete(rsp.spbId, deactivatingFirst: true)
        #expect(notifications.map(\.notificationData.newState) == [.enabled, .deleted])
        #expect(lab.cardFiles().isEmpty)
        await #expect(throws: ISSPError.bundleDeleted(rsp.spbId)) { try await platform.bundle(rsp.spbId) }
        await #expect(throws: ISSPError.bundleDeleted(rsp.spbId)) { try await platform.enable(rsp.spbId) }
        #expect(try await platform.bundles().isEmpty)
        #expect(try await platform.freeSpace() == platform.limits.bundleMemory)
        // The identifier is never reused.
        await #expect(throws: ISSPPlatform.InstallationRefusal.self) { try await installDirectly(image, on: platform) }
    }

    @Test("A Standalone bundle authenticates only while Active; its SQN state survives a restart")
    func standaloneAuthentication() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform()
        let bundle = try await installDirectly(try lab.standaloneImage(number: 7), on: platform)
        let set = MilenageTestSet.all[0]
        let network = try Milenage(k: hex(set.k), opc: hex(set.opc))
        let vector = try AuthenticationVector(milenage: network, rand: hex(set.rand), sqn: 0x20, amf: hex(set.amf))
        await #expect(throws: ISSPError.bundleNotActive(bundle.spbId, state: .enabled)) {
            try await platform.authenticate(bundle.spbId, rand: vector.rand, autn: vector.autn)
        }
        let port = try #require(try await platform.activate(bundle.spbId).last).notificationData.newState == .active
        #expect(port)
        let answer = try await platform.authenticate(port: 1, rand: vector.rand, autn: vector.autn)
        #expect(answer == .success(res: vector.xres, ck: vector.ck, ik: vector.ik))
        let subscription = try await platform.standaloneSubscription(bundle.spbId)
        #expect(subscription.imsi == "001010000000007")
        let reopened = try await lab.reopenPlatform()
        let replayed = try await reopened.authenticate(bundle.spbId, rand: vector.rand, autn: vector.autn)
        guard case .synchronisationFailure = replayed else {
            Issue.record("a replayed challenge was accepted after a restart")
            return
        }
        let rsp = try await installDirectly(try lab.rspImage(number: 8), on: reopened)
        await #expect(throws: ISSPError.self) {
            try await reopened.authenticate(rsp.spbId, rand: vector.rand, autn: vector.autn)
        }
    }

    @Test("An ICCID, an SPB id or a transaction is installed once; too large an image is refused")
    func duplicates() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let platform = try await lab.makePlatform(limits: PlatformLimits(bundleMemory: 100 << 10))
        let first = try lab.standaloneImage(number: 1)
        try await installDirectly(first, on: platform)
        var sameICCID = try lab.standaloneImage(number: 1)
        sameICCID.0.spbSize = 1
        await #expect(throws: ISSPPlatform.InstallationRefusal.self) { try await installDirectly(sameICCID, on: platform) }
        let tooLarge = try lab.m2mImage(number: 2)
        await #expect(throws: ISSPPlatform.InstallationRefusal.self) { try await installDirectly(tooLarge, on: platform) }
        var mismatched = try lab.m2mImage(number: 3)
        mismatched.0.telecomBundleClass = .rsp
        mismatched.0.spbSize = 1
        await #expect(throws: ISSPPlatform.InstallationRefusal.self) { try await installDirectly(mismatched, on: platform) }
        #expect(try await platform.bundles().count == 1)
        #expect(lab.cardFiles().isEmpty)
    }
}
