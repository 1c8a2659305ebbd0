import Foundation
import LPA
import SGP22
import SMDPPlus
import SSPPKI
import Testing

/// Notifications after enable, disable and delete: delivered in order, removed once acknowledged, kept while the
/// SM-DP+ is away and delivered when it is back.
@Suite("Notifications between the eUICC and the SM-DP+")
struct NotificationTests {
    /// Downloads `count` profiles of the lab onto `device`.
    static func install(_ count: Int, from lab: Lab, on device: TestDevice) async throws -> [ICCID] {
        var installed: [ICCID] = []
        for profile in try await lab.availableProfiles().prefix(count) {
            let code = try await lab.order(profile)
            _ = try await lab.withLPA(on: device) { lpa in try await lpa.download(code, interaction: .acceptingEverything()) }
            installed.append(profile.iccid)
        }
        return installed
    }

    /// The SM-DP+'s record of the device's enable/disable/delete notifications: (operation, ICCID, sequence).
    static func received(_ lab: Lab, _ device: TestDevice) async throws -> [(NotificationEvent, ICCID?, Int)] {
        try await lab.storage.notifications(eid: device.card.eid)
            .filter { $0.kind == .otherSignedNotification }
            .map { (NotificationEvent(rawValue: $0.operation), $0.iccid, $0.sequenceNumber) }
    }

    @Test("enable, disable and delete each notify the SM-DP+, which stores them; the card keeps none")
    func lifecycle() async throws {
        try await Lab.with { lab in
            let device = try await lab.device()
            let iccids = try await Self.install(2, from: lab, on: device)
            let (first, second) = (iccids[0], iccids[1])

            try await lab.withLPA(on: device) { lpa in
                let enabledFirst = try #require(try await lpa.enableProfile(first))
                #expect(enabledFirst.delivered.map(NotificationWording.operation) == ["enable"])
                // Enabling the second disables the first: two notifications, in sequence order.
                let enabledSecond = try #require(try await lpa.enableProfile(second))
                #expect(enabledSecond.delivered.map(NotificationWording.operation) == ["disable", "enable"])
                let disabled = try #require(try await lpa.disableProfile(second))
                #expect(disabled.delivered.map(NotificationWording.iccid) == [second.digits])
                let deleted = try #require(try await lpa.deleteProfile(first))
                #expect(deleted.delivered.map(NotificationWording.operation) == ["delete"])
                #expect(deleted.pending.isEmpty)
                try await lpa.setNickname("Spare", for: second)
            }

            #expect(try await device.client.listNotification().isEmpty)
            let profiles = try await device.client.getProfilesInfo()
            #expect(profiles.map(\.iccid) == [second.wireValue])
            #expect(profiles.first?.profileNickname == "Spare")

            let received = try await Self.received(lab, device)
            #expect(received.map(\.0) == [
                .notificationEnable, .notificationDisable, .notificationEnable, .notificationDisable,
                .notificationDelete,
            ])
            #expect(received.map(\.1) == [first, first, second, second, first])
            let sequence = received.map(\.2)
            #expect(sequence == sequence.sorted() && Set(sequence).count == sequence.count)
        }
    }

    @Test("while the SM-DP+ is down notifications stay on the card, in order, across a restart; then they go out")
    func serverDown() async throws {
        try await Lab.with { lab in
            let device = try await lab.device()
            let iccid = try #require(try await Self.install(1, from: lab, on: device).first)
            try await lab.stop()

            try await lab.withLPA(on: device) { lpa in
                // The operations succeed; their notifications cannot be delivered.
                let enabled = try #require(try await lpa.enableProfile(iccid))
                #expect(enabled.delivered.isEmpty)
                guard case .kept(let error) = try #require(enabled.entries.first).outcome else {
                    Issue.record("the enable notification should be kept")
                    return
                }
                #expect(error.isServerUnavailable)
                let disabled = try #require(try await lpa.disableProfile(iccid))
                // The older one is tried first; the newer one to the same address waits behind it.
                #expect(disabled.entries.count == 2)
                if case .waiting = disabled.entries[1].outcome {} else {
                    Issue.record("the disable notification should wait behind the enable one")
                }
                let sent = try await lpa.sendPendingNotifications()
                #expect(sent.delivered.isEmpty && sent.pending.count == 2)
            }
            let waiting = try await device.client.listNotification()
            #expect(waiting.map(NotificationWording.operation) == ["enable", "disable"])
            #expect(waiting[0].seqNumber < waiting[1].seqNumber)

            // The device restarts: the card file still holds them.
            let restarted = try await device.reopened()
            #expect(try await restarted.client.listNotification() == waiting)

            try await lab.start()
            let report = try await lab.withLPA(on: restarted) { lpa in try await lpa.sendPendingNotifications() }
            #expect(report.delivered.map(\.seqNumber) == waiting.map(\.seqNumber))
            #expect(report.pending.isEmpty)
            #expect(try await restarted.client.listNotification().isEmpty)
            let received = try await Self.received(lab, restarted)
            #expect(received.map(\.0) == [.notificationEnable, .notificationDisable])
            #expect(received.map(\.2) == waiting.map(\.seqNumber))
        }
    }

    @Test("notifications left from an earlier operation go out with the next one")
    func retriedOnNextOperation() async throws {
        try await Lab.with { lab in
            let device = try await lab.device()
            let iccid = try #require(try await Self.install(1, from: lab, on: device).first)
            try await lab.stop()
            _ = try await lab.withLPA(on: device) { lpa in try await lpa.enableProfile(iccid) }
            #expect(try await device.client.listNotification().count == 1)
            try await lab.start()
            let report = try await lab.withLPA(on: device) { lpa in try await lpa.disableProfile(iccid) }
            #expect(report?.delivered.map(NotificationWording.operation) == ["enable", "disable"])
            #expect(try await device.client.listNotification().isEmpty)
        }
    }
}
