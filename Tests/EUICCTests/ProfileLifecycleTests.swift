import SGP22
import Testing

@testable import EUICC

/// ES10c EnableProfile, DisableProfile, DeleteProfile with the Profile Policy Rules and notifications.
@Suite struct ProfileLifecycleTests {
    @Test func enableDisableDeleteWithNotificationsInOrder() async throws {
        let card = try await TestCard.make()
        let iccids = try await card.install(["894400000000000101", "894400000000000102"])
        let (a, b) = (iccids[0], iccids[1])
        try await card.clearNotifications()
        let firstNumber = try await card.card.nextSequenceNumber()

        #expect(try await card.enable(a) == .ok)
        #expect(try await card.state(of: a) == .enabled)
        #expect(try await card.enable(a) == .profileNotInDisabledState)
        // Enabling B disables A first: one enabled Profile at a time.
        #expect(try await card.enable(b) == .ok)
        #expect(try await card.state(of: a) == .disabled)
        #expect(try await card.state(of: b) == .enabled)
        #expect(try await card.delete(b) == .profileNotInDisabledState)
        #expect(try await card.disable(b) == .ok)
        #expect(try await card.disable(b) == .profileNotInEnabledState)
        #expect(try await card.delete(b) == .ok)
        #expect(try await card.profiles().map(\.iccid) == [a.wireValue])

        let notifications = try await card.notifications()
        #expect(
            notifications.map(\.profileManagementOperation) == [
                .notificationEnable, .notificationDisable, .notificationEnable, .notificationDisable,
                .notificationDelete,
            ])
        #expect(notifications.map(\.iccid) == [a, a, b, b, b].map { $0.wireValue })
        #expect(notifications.map(\.seqNumber) == Array(firstNumber..<(firstNumber + 5)))
        #expect(notifications.allSatisfy { $0.notificationAddress == "notify.example.com" })
    }

    @Test func unknownProfile() async throws {
        let card = try await TestCard.make()
        let nobody = try ICCID.make(body: "894400000000000199")
        #expect(try await card.enable(nobody) == .iccidOrAidNotFound)
        #expect(try await card.disable(nobody) == .iccidOrAidNotFound)
        #expect(try await card.delete(nobody) == .iccidOrAidNotFound)
        let byAID = try await card.call(
            EnableProfileRequest(profileIdentifier: .isdpAid(ISDPAllocator.aid(index: 5)), refreshFlag: true),
            expecting: EnableProfileResponse.self)
        #expect(byAID.enableResult == .iccidOrAidNotFound)
    }

    @Test func profilesAddressedByISDPAID() async throws {
        let card = try await TestCard.make()
        try await card.install(["894400000000000111"])
        let aid = ISDPAllocator.aid(index: 0)
        let enable = try await card.call(
            EnableProfileRequest(profileIdentifier: .isdpAid(aid), refreshFlag: false),
            expecting: EnableProfileResponse.self)
        #expect(enable.enableResult == .ok)
        let disable = try await card.call(
            DisableProfileRequest(profileIdentifier: .isdpAid(aid), refreshFlag: false),
            expecting: DisableProfileResponse.self)
        #expect(disable.disableResult == .ok)
        let delete = try await card.call(
            DeleteProfileRequest(profileIdentifier: .isdpAid(aid)), expecting: DeleteProfileResponse.self)
        #expect(delete.deleteResult == .ok)
    }

    @Test func ppr1ForbidsDisablingAndSwitchingAway() async throws {
        let card = try await TestCard.make()
        let locked = try await card.install(["894400000000000121"], rules: [.ppr1])[0]
        let other = try await card.install(["894400000000000122"])[0]
        #expect(try await card.enable(locked) == .ok)
        #expect(try await card.disable(locked) == .disallowedByPolicy)
        #expect(try await card.enable(other) == .disallowedByPolicy)
        #expect(try await card.state(of: locked) == .enabled)
        #expect(try await card.state(of: other) == .disabled)
    }

    @Test func ppr2ForbidsDeletion() async throws {
        let card = try await TestCard.make()
        let kept = try await card.install(["894400000000000131"], rules: [.ppr2])[0]
        #expect(try await card.delete(kept) == .disallowedByPolicy)
        #expect(try await card.profiles().count == 1)
        let rules = try await card.profiles(.iccid(kept.wireValue), tags: [0x99]).first?.profilePolicyRules
        #expect(rules == [.ppr2])
    }

    @Test func otherPortsAreNotOffered() async throws {
        let card = try await TestCard.make()
        let iccid = try await card.install(["894400000000000141"])[0]
        let response = try await card.call(
            EnableProfileRequest(profileIdentifier: .iccid(iccid.wireValue), refreshFlag: false, targetEsimPort: 1),
            expecting: EnableProfileResponse.self)
        #expect(response.enableResult == .noEsimPortAvailable)
    }

    @Test func nicknames() async throws {
        let card = try await TestCard.make()
        let iccid = try await card.install(["894400000000000151"])[0]
        let ok = try await card.call(
            SetNicknameRequest(iccid: iccid.wireValue, profileNickname: "Work"), expecting: SetNicknameResponse.self)
        #expect(ok.setNicknameResult == .ok)
        #expect(try await card.profiles().first?.profileNickname == "Work")
        let missing = try await card.call(
            SetNicknameRequest(iccid: try ICCID.make(body: "894400000000000159").wireValue, profileNickname: "x"),
            expecting: SetNicknameResponse.self)
        #expect(missing.setNicknameResult == .iccidNotFound)
    }
}
