import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES10b notifications")
struct NotificationTests {
    typealias Support = ES10TestSupport

    /// ListNotification answer captured from a CSL eUICC, published as a test vector in a public
    /// LPA project: one install notification.
    static let cslList = Support.hex(
        """
        BF283BA039BF2F36800100810207800C2163736C2E70726F642E6F6E64656D616E64636F6E6E65637469766974792E\
        636F6D5A0A985802004136129775F1
        """)

    /// The two ProfileInstallationResult entries of a RetrieveNotificationsList answer captured from
    /// a Saily eUICC (same source), each a complete `BF37` as the card sent it.
    static let sailyInstallResults = [
        Support.hex(
            """
            BF3781C2BF277C8010F2E53202F2314318B9D0EBD1D11EF87EBF2F36800100810207800C217762672E70726F642E\
            6F6E64656D616E64636F6E6E65637469766974792E636F6D5A0A98583215220524122410060E2B0601040181F802\
            01815C646502A21FA01D4F10A0000005591010FFFFFFFF890000120004093007A00530038001005F37402F1D7FC2\
            943917ECBD4C49E10161AB3E9490E53A6D247231BE974AF2E12068F25A9EDDEE897A744635BD27D1E195932C9210\
            669BB4E179706A0E3F0B4636DA94
            """),
        Support.hex(
            """
            BF3781C2BF277C80107F8AEDA1660948A98CCD5E819455C192BF2F36800102810207800C217762672E70726F642E\
            6F6E64656D616E64636F6E6E65637469766974792E636F6D5A0A98583215220524122410060E2B0601040181F802\
            01815C646502A21FA01D4F10A0000005591010FFFFFFFF890000120004093007A00530038001005F37408FF21647\
            85CEB8FE92AAAB080FECE43ECA9A212C862CD6F943527CDBB7322BC6C04107FB78E21B7823D6DFD94CFAC6186589\
            9E169CCBAFD8D49D237C13CA266D
            """),
    ]

    @Test("A CSL eUICC's notification list decodes and re-encodes identically")
    func cslNotificationList() throws {
        let response = try ListNotificationResponse(derBytes: Self.cslList)
        #expect(
            response
                == .notificationMetadataList([
                    NotificationMetadata(
                        seqNumber: 0, profileManagementOperation: .notificationInstall,
                        notificationAddress: "csl.prod.ondemandconnectivity.com",
                        iccid: try Iccid(bytes: Support.hex("985802004136129775F1")))
                ]))
        #expect(try response.derBytes() == Self.cslList)
    }

    @Test("ListNotification request, error answer and malformed answers")
    func listNotification() throws {
        #expect(try ListNotificationRequest().derBytes() == Support.hex("BF28 00"))
        let installs = ListNotificationRequest(profileManagementOperation: .notificationInstall)
        #expect(try installs.derBytes() == Support.hex("BF28 04 81 02 07 80"))
        #expect(try Support.roundTrip(installs).decoded == installs)
        #expect(
            try ListNotificationResponse(derBytes: Support.hex("BF28 03 81 01 7F"))
                == .listNotificationsResultError(.undefinedError))
        #expect(
            try ListNotificationResponse(derBytes: Support.hex("BF28 03 81 01 02"))
                == .listNotificationsResultError(.other(2)))
        #expect(throws: ASN1Error.self) { try ListNotificationResponse(derBytes: Support.truncated(Self.cslList)) }
        #expect(throws: ASN1Error.self) { try ListNotificationResponse(derBytes: Support.hex("BF28 03 82 01 7F")) }
        // Metadata without its mandatory notificationAddress.
        let noAddress = Support.hex("BF28 0C A0 0A BF2F 07 80 01 00 81 02 07 80")
        #expect(throws: ASN1Error.self) { try ListNotificationResponse(derBytes: noAddress) }
        // Metadata with a 9-byte ICCID.
        let shortIccid = Support.tlv(
            [0xBF, 0x2F], Support.hex("80 01 00 81 02 07 80 0C 01 61 5A 09") + Array(repeating: 0x98, count: 9))
        #expect(throws: ASN1Error.self) { try NotificationMetadata(derBytes: shortIccid) }
    }

    @Test("NotificationMetadata skips a newer version's trailing components")
    func metadataExtensibility() throws {
        let metadata = NotificationMetadata(
            seqNumber: 300, profileManagementOperation: .notificationDelete, notificationAddress: "smdp.example.com")
        let extended = try Support.appending(Support.hex("9F 40 01 00"), toContentOf: metadata.derBytes(), tagLength: 2)
        #expect(try NotificationMetadata(derBytes: extended) == metadata)
        #expect(try Support.roundTrip(metadata).decoded == metadata)
    }

    @Test("RemoveNotificationFromList request and response")
    func notificationSent() throws {
        let request = NotificationSentRequest(seqNumber: 5)
        #expect(try request.derBytes() == Support.hex("BF30 03 80 01 05"))
        #expect(try Support.roundTrip(request).decoded == request)
        #expect(try NotificationSentResponse(derBytes: Support.hex("BF30 03 80 01 00")).deleteNotificationStatus == .ok)
        #expect(
            try NotificationSentResponse(derBytes: Support.hex("BF30 03 80 01 01")).deleteNotificationStatus
                == .nothingToDelete)
        #expect(
            try NotificationSentResponse(derBytes: Support.hex("BF30 03 80 01 09")).deleteNotificationStatus
                == .other(9))
        let undefined = NotificationSentResponse(deleteNotificationStatus: .undefinedError)
        #expect(try undefined.derBytes() == Support.hex("BF30 03 80 01 7F"))
        #expect(throws: ASN1Error.self) { try NotificationSentRequest(derBytes: Support.hex("BF30 00")) }
        #expect(throws: ASN1Error.self) { try NotificationSentRequest(derBytes: Support.hex("BF30 03 81 01 05")) }
        #expect(throws: ASN1Error.self) { try NotificationSentResponse(derBytes: Support.hex("BF30 03 80 01")) }
    }

    @Test("RetrieveNotificationsList requests with each search criterion")
    func retrieveRequests() throws {
        #expect(try RetrieveNotificationsListRequest().derBytes() == Support.hex("BF2B 00"))
        let bySeq = RetrieveNotificationsListRequest(searchCriteria: .seqNumber(3))
        #expect(try bySeq.derBytes() == Support.hex("BF2B 05 A0 03 80 01 03"))
        let byOperation = RetrieveNotificationsListRequest(
            searchCriteria: .profileManagementOperation(.notificationEnable))
        #expect(try byOperation.derBytes() == Support.hex("BF2B 06 A0 04 81 02 06 40"))
        for request in [bySeq, byOperation, RetrieveNotificationsListRequest()] {
            #expect(try Support.roundTrip(request).decoded == request)
        }
        #expect(throws: ASN1Error.self) {
            try RetrieveNotificationsListRequest(derBytes: Support.hex("BF2B 05 A0 03 82 01 03"))
        }
        #expect(throws: ASN1Error.self) {
            try RetrieveNotificationsListRequest(derBytes: Support.hex("BF2B 03 80 01 03"))
        }
    }

    @Test("A Saily eUICC's signed install notifications decode inside a RetrieveNotificationsList answer")
    func retrieveSailyInstallResults() throws {
        let content = Self.sailyInstallResults.reduce([], +)
        let message = Support.tlv([0xBF, 0x2B], Support.tlv([0xA0], content))
        let response = try RetrieveNotificationsListResponse(derBytes: message)
        guard case .notificationList(let notifications) = response else {
            Issue.record("expected notificationList, got \(response)")
            return
        }
        #expect(notifications.map(\.notificationMetadata.seqNumber) == [0, 2])
        #expect(notifications.allSatisfy { $0.notificationMetadata.profileManagementOperation == .notificationInstall })
        #expect(
            notifications.allSatisfy {
                $0.notificationMetadata.notificationAddress == "wbg.prod.ondemandconnectivity.com"
            })
        #expect(try response.derBytes() == message)
    }

    @Test("RetrieveNotificationsList error answers and malformed answers")
    func retrieveErrors() throws {
        // What a Saily eUICC answers to a seqNumber search it refuses.
        let refused = try RetrieveNotificationsListResponse(derBytes: Support.hex("BF2B0381017F"))
        #expect(refused == .notificationsListResultError(.undefinedError))
        #expect(try refused.derBytes() == Support.hex("BF2B0381017F"))
        #expect(
            try RetrieveNotificationsListResponse(derBytes: Support.hex("BF2B 03 81 01 01"))
                == .notificationsListResultError(.other(1)))
        #expect(try RetrieveNotificationsListResponse(derBytes: Support.hex("BF2B 02 A0 00")) == .notificationList([]))
        #expect(throws: ASN1Error.self) {
            try RetrieveNotificationsListResponse(derBytes: Support.hex("BF2B 02 A2 00"))
        }
        #expect(throws: ASN1Error.self) {
            try RetrieveNotificationsListResponse(derBytes: Support.hex("BF2B 04 A0 02 04 00"))
        }
        let truncatedEntry = Support.tlv(
            [0xBF, 0x2B], Support.tlv([0xA0], Array(Self.sailyInstallResults[0].dropLast())))
        #expect(throws: ASN1Error.self) { try RetrieveNotificationsListResponse(derBytes: truncatedEntry) }
    }
}
