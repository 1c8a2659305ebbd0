import APDU
import Foundation
import SGP22
import SSPPKI
import SwiftASN1
import Testing

@testable import LPA

/// The delivery policy without a server: unreachable addresses keep their notifications, later ones to the same
/// address wait, other addresses are still tried, nothing is removed from the card.
@Suite("Notification delivery policy")
struct NotificationSenderTests {
    /// A RetrieveNotificationsList answer with signed-looking notifications (signatures made up; the LPA
    /// relays, it does not verify).
    static func listAnswer(_ entries: [(seq: Int, address: String)], hierarchy: TestHierarchy) throws -> [UInt8] {
        let notifications: [PendingNotification] = entries.map { entry in
            .otherSignedNotification(
                OtherSignedNotification(
                    tbsOtherNotification: NotificationMetadata(
                        seqNumber: entry.seq, profileManagementOperation: .notificationEnable,
                        notificationAddress: entry.address),
                    euiccNotificationSignature: Array(repeating: UInt8(entry.seq), count: 64),
                    euiccCertificate: hierarchy.euicc.certificate, eumCertificate: hierarchy.eum.certificate))
        }
        return try RetrieveNotificationsListResponse.notificationList(notifications).derBytes()
    }

    @Test("unreachable servers keep every notification, in order, and the card is not told to remove any")
    func unreachable() async throws {
        let hierarchy = try TestHierarchy.generate()
        // Out of order on purpose: the LPA sorts by sequence number.
        let answer = try Self.listAnswer(
            [(7, "localhost:1"), (5, "localhost:1"), (6, "localhost:2")], hierarchy: hierarchy)
        let card = ScriptedCard { _, _ in (answer, .success) }
        let client = try await card.client()
        let report = try await ES9PlusClient.withClient(.init(connectTimeoutSeconds: 2)) { server in
            try await NotificationSender(card: client, server: server).deliverPending()
        }
        #expect(report.entries.map(\.metadata.seqNumber) == [5, 6, 7])
        guard case .kept(let first) = report.entries[0].outcome, case .kept = report.entries[1].outcome,
            case .waiting = report.entries[2].outcome
        else {
            Issue.record("unexpected outcomes: \(report)")
            return
        }
        #expect(first.isServerUnavailable)
        #expect(report.delivered.isEmpty && report.pending.count == 3)
        // Only RetrieveNotificationsList reached the card; no RemoveNotificationFromList (BF30).
        #expect(card.commands.count == 1)
        #expect(card.commands.allSatisfy { $0.prefix(2) != [0xBF, 0x30] })
        #expect(report.description.contains("kept for later"))
    }

    @Test("the notifications are relayed byte for byte as the card sent them")
    func exactBytes() async throws {
        let hierarchy = try TestHierarchy.generate()
        let answer = try Self.listAnswer([(1, "a.example"), (2, "b.example")], hierarchy: hierarchy)
        let card = ScriptedCard { _, _ in (answer, .success) }
        let client = try await card.client()
        let notifications = try await client.retrieveNotificationsList()
        let root = try DER.parse(answer)
        guard case .constructed(let outer) = root.content, let list = outer.first(where: { _ in true }),
            case .constructed(let items) = list.content
        else {
            Issue.record("the test answer is not what it should be")
            return
        }
        #expect(notifications.map(\.derBytes) == items.map { Array($0.encodedBytes) })
        #expect(notifications.map(\.value.notificationMetadata.seqNumber) == [1, 2])
    }

    @Test("a malformed notification list is refused, not half-read")
    func malformedList() async throws {
        for answer in [hex("BF2B 02 A0 01"), hex("BF2B 04 A0 02 3000"), hex("BF2B 00"), hex("BF2B 03 8001 00")] {
            let card = ScriptedCard { _, _ in (answer, .success) }
            let client = try await card.client()
            await #expect(throws: ES10Error.self) { try await client.retrieveNotificationsList() }
        }
    }
}
