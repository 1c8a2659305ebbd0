import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES10c.GetProfilesInfo")
struct ProfileInfoListTests {
    typealias Support = ES10TestSupport

    /// GetProfilesInfo answer captured from a ClubSIM eUICC, published as a test vector in a
    /// public LPA project. One enabled operational Profile.
    static let clubSim = Support.hex(
        """
        BF2D35A033E3315A0A985802004136129775F14F10A0000005591010FFFFFFFF89000012009F7001019104436C75\
        629204436C7562950102
        """)

    /// GetProfilesInfo answer captured from a Saily eUICC (same source): long-form lengths and a
    /// proprietary BF76 component after profilePolicyRules' position, which a decoder must skip.
    static let saily = Support.hex(
        """
        BF2D81B0A081ADE381AA5A0A985832152205241224104F10A0000005591010FFFFFFFF89000012009F700101910553\
        61696C79920757454242494E47950102BF7672E224E116C1149880246500BFD50F1415AF56C705A94E2BB2015AE30A\
        DB080000000000000001E224E116C114A8F000988F2C44FA897427E1A740FDE2FF545C19E30ADB080000000000000001\
        E224E116C1148204F3D96D0061D88FBD97FC8CE041E9494D6B9BE30ADB080000000000000001
        """)

    /// Five Profiles from a China Unicom / Redtea eUICC, from a public RT-Thread LPA project's debug
    /// command: icon and iconType present, one Profile without serviceProviderName.
    static let fiveProfiles = Support.hex(
        """
        BF2D820141A082013DE34D5A0A984405703091167803F14F10A0000005591010FFFFFFFF89000011009F700100910C\
        6368696E6120756E69636F6D92036368699301009410202122232425262728292A2B2C2D2E2F950101E33B5A0A98684\
        0605122084174214F10A0000005591010FFFFFFFF89000012009F700101910447414741920E7265647465615F70726F\
        66696C65950102E33B5A0A986811222204131550F54F10A0000005591010FFFFFFFF89000014009F7001009104474147\
        41920E7265647465615F70726F66696C65950102E3445A0A986840225122083157054F10A0000005591010FFFFFFFF89\
        000013009F70010091023133921972656474656174657374345F31363838393534373833313731950102E32C5A0A9868\
        40705122082199664F10A0000005591010FFFFFFFF89000015009F70010092053436303038950102
        """)

    static let isdp12 = Support.hex("A0000005591010FFFFFFFF8900001200")

    @Test("A ClubSIM eUICC's profile list decodes and re-encodes identically")
    func clubSimProfileList() throws {
        let response = try ProfileInfoListResponse(derBytes: Self.clubSim)
        guard case .profileInfoListOk(let profiles) = response else {
            Issue.record("expected profileInfoListOk, got \(response)")
            return
        }
        #expect(
            profiles == [
                ProfileInfo(
                    iccid: try Iccid(bytes: Support.hex("985802004136129775F1")), isdpAid: Self.isdp12,
                    profileState: .enabled, serviceProviderName: "Club", profileName: "Club",
                    profileClass: .operational)
            ])
        #expect(try response.derBytes() == Self.clubSim)
    }

    @Test("A Saily eUICC's profile list decodes, skipping the proprietary BF76 component")
    func sailyProfileList() throws {
        let response = try ProfileInfoListResponse(derBytes: Self.saily)
        guard case .profileInfoListOk(let profiles) = response, let profile = profiles.first else {
            Issue.record("expected one profile, got \(response)")
            return
        }
        #expect(profiles.count == 1)
        #expect(profile.iccid?.bytes == Support.hex("98583215220524122410"))
        #expect(profile.serviceProviderName == "Saily")
        #expect(profile.profileName == "WEBBING")
        #expect(profile.profileState == .enabled)
        #expect(profile.profileClass == .operational)
        #expect(profile.enabledOnEsimPort == nil)
    }

    @Test("Five profiles with icons decode field by field")
    func fiveProfileList() throws {
        let response = try ProfileInfoListResponse(derBytes: Self.fiveProfiles)
        guard case .profileInfoListOk(let profiles) = response else {
            Issue.record("expected profileInfoListOk, got \(response)")
            return
        }
        #expect(profiles.count == 5)
        #expect(profiles.map(\.profileState) == [.disabled, .enabled, .disabled, .disabled, .disabled])
        #expect(profiles.map(\.profileClass) == [.provisioning] + Array(repeating: .operational, count: 4))
        #expect(profiles[0].serviceProviderName == "china unicom")
        #expect(profiles[0].iconType == .jpg)
        #expect(profiles[0].icon == Array(0x20...0x2F))
        #expect(profiles[3].profileName == "redteatest4_1688954783171")
        #expect(profiles[4].serviceProviderName == nil && profiles[4].profileName == "46008")
        #expect(profiles[4].isdpAid == Support.hex("A0000005591010FFFFFFFF8900001500"))
        #expect(try response.derBytes() == Self.fiveProfiles)
    }

    @Test("ProfileInfo with v2.2 and v3.1 MEP components round-trips; 9F24 decodes when present")
    func profileInfoRoundTrip() throws {
        let profile = ProfileInfo(
            iccid: try Support.iccid(), isdpAid: Self.isdp12, profileState: .enabled, profileNickname: "Work",
            serviceProviderName: "Op", profileName: "Plan", iconType: .png, icon: [0x89, 0x50],
            profileClass: .test,
            notificationConfigurationInfo: [
                NotificationConfigurationInformation(
                    profileManagementOperation: [.notificationInstall, .notificationDelete],
                    notificationAddress: "smdp.example.com")
            ],
            profileOwner: OperatorId(mccMnc: [0x00, 0xF1, 0x10], gid1: [0x01]),
            dpProprietaryData: DpProprietaryData(
                dpOid: [1, 3, 6, 1, 4, 1, 31746],
                additionalData: [try ASN1Any(derEncoded: DER.parse([0x04, 0x01, 0x07]))]),
            profilePolicyRules: [.ppr2], hriServerAddress: "hri.example.com", serviceDescription: [.voice, .data],
            enabledOnEsimPort: 1, profileSize: 40_000)
        let (bytes, decoded) = try Support.roundTrip(profile)
        #expect(decoded == profile)
        #expect(bytes.starts(with: [0xE3]))
        // The MEP port sits under 9F24, after the components this model skips (here BA, rpmConfiguration).
        let rpmAndPort = Support.hex("BA 03 80 01 00") + Support.hex("9F 24 01 02")
        let plain = try ProfileInfo(iccid: Support.iccid()).derBytes()
        let withPort = try Support.appending(rpmAndPort, toContentOf: plain, tagLength: 1)
        let mep = try ProfileInfo(derBytes: withPort)
        #expect(mep.enabledOnEsimPort == 2)
        #expect(mep.iccid == (try Support.iccid()))
    }

    @Test("ProfileInfoListError and unknown codes")
    func profileInfoListError() throws {
        func decode(_ text: String) throws -> ProfileInfoListResponse {
            try ProfileInfoListResponse(derBytes: Support.hex(text))
        }
        #expect(try decode("BF2D 03 81 01 01") == .profileInfoListError(.incorrectInputValues))
        #expect(try decode("BF2D 03 81 01 0B") == .profileInfoListError(.profileChangeOngoing))
        #expect(try decode("BF2D 03 81 01 2A") == .profileInfoListError(.other(42)))
        #expect(try decode("BF2D 02 A0 00") == .profileInfoListOk([]))
        let undefined = ProfileInfoListResponse.profileInfoListError(.undefinedError)
        #expect(try undefined.derBytes() == Support.hex("BF2D 03 81 01 7F"))
    }

    @Test("ProfileInfoListResponse rejects malformed answers")
    func malformedResponses() throws {
        #expect(throws: ASN1Error.self) { try ProfileInfoListResponse(derBytes: Support.truncated(Self.clubSim)) }
        #expect(throws: ASN1Error.self) { try ProfileInfoListResponse(derBytes: Support.hex("BF2D 03 82 01 01")) }
        #expect(throws: ASN1Error.self) { try ProfileInfoListResponse(derBytes: Support.hex("BF2D 00")) }
        // Two alternatives where a CHOICE allows one.
        #expect(throws: ASN1Error.self) {
            try ProfileInfoListResponse(derBytes: Support.hex("BF2D 05 A0 00 81 01 01"))
        }
        #expect(throws: ASN1Error.self) { try ProfileInfoListResponse(derBytes: Support.hex("BF2E 03 81 01 01")) }
        // A 9-byte ICCID inside a ProfileInfo.
        let nineByteIccid = Support.tlv([0x5A], Array(repeating: 0x98, count: 9))
        let shortIccid = Support.tlv([0xBF, 0x2D], Support.tlv([0xA0], Support.tlv([0xE3], nineByteIccid)))
        #expect(throws: ASN1Error.self) { try ProfileInfoListResponse(derBytes: shortIccid) }
        // A profile list element that is not E3.
        let notE3 = Support.tlv([0xBF, 0x2D], Support.tlv([0xA0], Support.tlv([0x30], [])))
        #expect(throws: ASN1Error.self) { try ProfileInfoListResponse(derBytes: notE3) }
        // A nickname of 65 characters.
        let longNickname = Support.tlv([0xE3], Support.tlv([0x90], Array(repeating: 0x41, count: 65)))
        #expect(throws: ASN1Error.self) { try ProfileInfo(derBytes: longNickname) }
    }

    @Test("ProfileInfoListRequest with each search criterion and a tag list")
    func requests() throws {
        #expect(try ProfileInfoListRequest().derBytes() == Support.hex("BF2D 00"))
        let byIccid = ProfileInfoListRequest(
            searchCriteria: .iccid(try Support.iccid()), tagList: [0x5A, 0x9F, 0x70])
        #expect(try byIccid.derBytes() == Support.hex("BF2D 13 A0 0C 5A 0A 98001032547698103214 5C 03 5A 9F 70"))
        for request in [
            byIccid,
            ProfileInfoListRequest(searchCriteria: .isdpAid(Self.isdp12)),
            ProfileInfoListRequest(searchCriteria: .profileClass(.operational), tagList: []),
            ProfileInfoListRequest(tagList: [0x5A]),
        ] {
            #expect(try Support.roundTrip(request).decoded == request)
        }
        let byClass = ProfileInfoListRequest(searchCriteria: .profileClass(.test))
        #expect(try byClass.derBytes() == Support.hex("BF2D 05 A0 03 95 01 00"))
        #expect(throws: ASN1Error.self) { try ProfileInfoListRequest(derBytes: Support.hex("BF2D 05 A0 03 96 01 00")) }
        #expect(throws: ASN1Error.self) { try ProfileInfoListRequest(derBytes: Support.hex("BF2D 05 A0 03 5A 01 00")) }
        #expect(throws: ASN1Error.self) { try ProfileInfoListRequest(derBytes: Support.hex("BF2D 02 A0 00")) }
    }
}
