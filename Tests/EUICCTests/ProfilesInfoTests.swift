import SGP22
import Testing

@testable import EUICC

/// ES10c GetProfilesInfo: search criteria and tag lists.
@Suite struct ProfilesInfoTests {
    @Test func searchCriteria() async throws {
        let card = try await TestCard.make()
        let operational = try await card.install(["894400000000000401"])[0]
        let test = try await card.install(["894400000000000402"], profileClass: .test)[0]
        #expect(try await card.profiles().count == 2)
        #expect(try await card.profiles(.iccid(test.wireValue)).map(\.iccid) == [test.wireValue])
        #expect(try await card.profiles(.isdpAid(ISDPAllocator.aid(index: 0))).map(\.iccid) == [operational.wireValue])
        #expect(try await card.profiles(.profileClass(.test)).map(\.iccid) == [test.wireValue])
        #expect(try await card.profiles(.profileClass(.provisioning)).isEmpty)
        #expect(try await card.profiles(.iccid(try ICCID.make(body: "894400000000000409").wireValue)).isEmpty)
    }

    @Test func tagListSelectsFields() async throws {
        let card = try await TestCard.make()
        let iccid = try await card.install(["894400000000000411"])[0]
        let info = try #require(try await card.profiles(tags: [0x5A, 0x9F, 0x70, 0x92]).first)
        #expect(info == ProfileInfo(iccid: iccid.wireValue, profileState: .disabled, profileName: "Test profile"))
        let everything = try #require(try await card.profiles().first)
        #expect(everything.serviceProviderName == "EUICCTests Operator")
        #expect(everything.notificationConfigurationInfo?.first?.notificationAddress == "notify.example.com")
        #expect(everything.profileOwner == OperatorId(mccMnc: [0x62, 0xF2, 0x10]))
    }

    @Test func truncatedTagListIsIncorrectInput() async throws {
        let card = try await TestCard.make()
        let response = try await card.call(
            ProfileInfoListRequest(tagList: [0x5A, 0x9F]), expecting: ProfileInfoListResponse.self)
        #expect(response == .profileInfoListError(.incorrectInputValues))
    }
}
