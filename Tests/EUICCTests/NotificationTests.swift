import Crypto
import SGP22
import Testing

@testable import EUICC

/// ES10b ListNotification, RetrieveNotificationsList and NotificationSent.
@Suite struct NotificationTests {
    @Test func retrieveGivesSignedNotifications() async throws {
        let card = try await TestCard.make()
        let iccid = try await card.install(["894400000000000201"])[0]
        #expect(try await card.enable(iccid) == .ok)

        let response = try await card.call(
            RetrieveNotificationsListRequest(), expecting: RetrieveNotificationsListResponse.self)
        guard case .notificationList(let list) = response else {
            Issue.record("RetrieveNotificationsList failed: \(response)")
            return
        }
        #expect(list.count == 2)
        guard case .profileInstallationResult = list.first, case .otherSignedNotification(let enable) = list.last
        else {
            Issue.record("expected the install result then the enable notification")
            return
        }
        // OtherSignedNotification: euiccNotificationSignature over the DER of tbsOtherNotification.
        #expect(enable.tbsOtherNotification.profileManagementOperation == .notificationEnable)
        #expect(
            card.hierarchy.euicc.privateKey.publicKey.isValidSignature(
                rawBytes: enable.euiccNotificationSignature, for: try enable.signedBytes()))
        #expect(enable.euiccCertificate == card.hierarchy.euicc.certificate)
        #expect(enable.eumCertificate == card.hierarchy.eum.certificate)
    }

    @Test func searchCriteria() async throws {
        let card = try await TestCard.make()
        let iccid = try await card.install(["894400000000000211"])[0]
        #expect(try await card.enable(iccid) == .ok)
        #expect(try await card.disable(iccid) == .ok)
        let all = try await card.notifications()
        #expect(all.count == 3)

        let enables = try await card.call(
            ListNotificationRequest(profileManagementOperation: .notificationEnable),
            expecting: ListNotificationResponse.self)
        #expect(enables == .notificationMetadataList([all[1]]))

        let bySeq = try await card.call(
            RetrieveNotificationsListRequest(searchCriteria: .seqNumber(all[2].seqNumber)),
            expecting: RetrieveNotificationsListResponse.self)
        guard case .notificationList(let one) = bySeq else {
            Issue.record("RetrieveNotificationsList failed")
            return
        }
        #expect(one.map(\.notificationMetadata) == [all[2]])

        let installs = try await card.call(
            RetrieveNotificationsListRequest(searchCriteria: .profileManagementOperation(.notificationInstall)),
            expecting: RetrieveNotificationsListResponse.self)
        guard case .notificationList(let install) = installs else { return }
        #expect(install.map(\.notificationMetadata) == [all[0]])
    }

    @Test func removeFromList() async throws {
        let card = try await TestCard.make()
        try await card.install(["894400000000000221"])
        let notification = try #require(try await card.notifications().first)
        let first = try await card.call(
            NotificationSentRequest(seqNumber: notification.seqNumber), expecting: NotificationSentResponse.self)
        #expect(first.deleteNotificationStatus == .ok)
        let again = try await card.call(
            NotificationSentRequest(seqNumber: notification.seqNumber), expecting: NotificationSentResponse.self)
        #expect(again.deleteNotificationStatus == .nothingToDelete)
        #expect(try await card.notifications().isEmpty)
    }

    @Test func sequenceNumbersAreNeverReused() async throws {
        let card = try await TestCard.make()
        let iccid = try await card.install(["894400000000000231"])[0]
        let installNumber = try #require(try await card.notifications().first?.seqNumber)
        try await card.clearNotifications()
        #expect(try await card.enable(iccid) == .ok)
        #expect(try await card.notifications().map(\.seqNumber) == [installNumber + 1])
    }
}
