import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES10 function tags")
struct ES10TagTests {
    @Test("Every tag is distinct and maps back from its identifier")
    func lookup() {
        #expect(Set(ES10Tag.allCases.map(\.rawValue)).count == ES10Tag.allCases.count)
        for tag in ES10Tag.allCases {
            #expect(ES10Tag(identifier: tag.identifier) == tag)
        }
        #expect(ES10Tag(identifier: .berTag(0xBF35)) == nil)
        #expect(ES10Tag(identifier: .sequence) == nil)
    }

    @Test("Tags agree with the message types' identifiers and SGP.22's interfaces")
    func agreement() {
        #expect(ES10Tag.getProfilesInfo.identifier == ProfileInfoListRequest.defaultIdentifier)
        #expect(ES10Tag.getEid.identifier == GetEuiccDataResponse.defaultIdentifier)
        #expect(ES10Tag.notificationSent.identifier == NotificationSentRequest.defaultIdentifier)
        #expect(ES10Tag.cancelSession.identifier == CancelSessionResponse.defaultIdentifier)
        #expect(ES10Tag.getEuiccConfiguredAddresses.identifier == EuiccConfiguredAddressesRequest.defaultIdentifier)
        #expect(ES10Tag.authenticateServer.identifier == ASN1Identifier(tagWithNumber: 56, tagClass: .contextSpecific))
        #expect(ES10Tag.setDefaultDpAddress.interface == .es10a)
        #expect(ES10Tag.getRat.interface == .es10b)
        #expect(ES10Tag.euiccMemoryReset.interface == .es10c)
        #expect(ES10Tag.getProfilesInfo.functionName == "ES10c.GetProfilesInfo")
        #expect(ES10Tag.notificationSent.functionName == "ES10b.RemoveNotificationFromList")
        #expect(ES10Tag.allCases.filter { $0.interface == .es10c }.count == 7)
    }
}
