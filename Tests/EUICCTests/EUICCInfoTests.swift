import Foundation
import SGP22
import Testing

@testable import EUICC

/// What the card says about itself: GetEUICCChallenge, GetEUICCInfo1/2, GetEID, the configured addresses and
/// the RAT.
@Suite struct EUICCInfoTests {
    @Test func challengesAreFreshAndSixteenBytes() async throws {
        let card = try await TestCard.make()
        let first = try await card.challenge()
        let second = try await card.challenge()
        #expect(first.count == 16)
        #expect(first != second)
    }

    @Test func info1ListsTheCIKeys() async throws {
        let card = try await TestCard.make()
        let info = try await card.call(GetEuiccInfo1Request(), expecting: EUICCInfo1.self)
        let ci = try #require(card.hierarchy.ci.parsed.subjectKeyIdentifier)
        #expect(info.svn == VersionType(major: 2, minor: 2, revision: 2))
        #expect(info.euiccCiPKIdListForVerification == [ci])
        #expect(info.euiccCiPKIdListForSigning == [ci])
    }

    @Test func info2TellsTheTruth() async throws {
        var configuration = EUICCConfiguration()
        configuration.profileMemoryCapacity = 100_000
        configuration.supportedProfileClasses = [.operational]
        let card = try await TestCard.make(configuration: configuration)
        let before = try await card.call(GetEuiccInfo2Request(), expecting: EUICCInfo2.self)
        #expect(before.profileVersion == VersionType(major: 2, minor: 3, revision: 1))
        #expect(before.euiccFirmwareVer == configuration.firmwareVersion)
        #expect(before.uiccCapability == configuration.uiccCapability)
        #expect(before.rspCapability == [.additionalProfile])  // no test profiles, no CRL, no RPM
        #expect(before.forbiddenProfilePolicyRules == nil)
        #expect(before.ppVersion == VersionType(major: 0, minor: 0, revision: 0))
        #expect(before.sasAcreditationNumber == "")
        // extCardResource: 81 installed applications, 82 free NVM, 83 free volatile memory.
        #expect(before.extCardResource == [0x81, 0x01, 0x00, 0x82, 0x03, 0x01, 0x86, 0xA0, 0x83, 0x02, 0x40, 0x00])

        try await card.install(["894400000000000301"])
        let after = try await card.call(GetEuiccInfo2Request(), expecting: EUICCInfo2.self)
        let used = try TestProfilePackage.make(iccid: try ICCID.make(body: "894400000000000301")).count
        #expect(
            after.extCardResource
                == EUICC.extendedCardResource(
                    installedApplications: 1, freeNonVolatile: 100_000 - used, freeVolatile: 16384))
    }

    @Test func info2DeclaresTestProfilesAndForbiddenRules() async throws {
        let card = try await TestCard.make(rat: RulesAuthorisationTable(rules: []))
        let info = try await card.call(GetEuiccInfo2Request(), expecting: EUICCInfo2.self)
        #expect(info.rspCapability.contains(.testProfileSupport))
        #expect(info.forbiddenProfilePolicyRules == [.ppr1, .ppr2])
    }

    @Test func additionalProfileDisappearsWhenMemoryIsShort() async throws {
        var configuration = EUICCConfiguration()
        configuration.profileMemoryCapacity = 20_000
        configuration.additionalProfileThreshold = 19_999
        let card = try await TestCard.make(configuration: configuration)
        try await card.install(["894400000000000311"])
        let info = try await card.call(GetEuiccInfo2Request(), expecting: EUICCInfo2.self)
        #expect(!info.rspCapability.contains(.additionalProfile))
    }

    @Test func eid() async throws {
        let card = try await TestCard.make()
        let response = try await card.call(GetEuiccDataRequest(), expecting: GetEuiccDataResponse.self)
        #expect(try EID(bcd: response.eidValue) == card.card.eid)
        #expect(card.card.eid.digits == card.hierarchy.euicc.parsed.subjectSerialNumber)
        #expect(try await card.statusWord(of: try GetEuiccDataRequest(tagList: [0x4F]).derBytes()) == .wrongData)
    }

    @Test func configuredAddresses() async throws {
        let card = try await TestCard.make()
        let initial = try await card.call(
            EuiccConfiguredAddressesRequest(), expecting: EuiccConfiguredAddressesResponse.self)
        #expect(initial.defaultDpAddress == nil)
        #expect(initial.rootDsAddress == "lpa.ds.gsma.com")

        let set = try await card.call(
            SetDefaultDpAddressRequest(defaultDpAddress: "smdp.example.com"),
            expecting: SetDefaultDpAddressResponse.self)
        #expect(set.setDefaultDpAddressResult == .ok)
        let after = try await card.call(
            EuiccConfiguredAddressesRequest(), expecting: EuiccConfiguredAddressesResponse.self)
        #expect(after.defaultDpAddress == "smdp.example.com")

        let bad = try await card.call(
            SetDefaultDpAddressRequest(defaultDpAddress: "not an address"), expecting: SetDefaultDpAddressResponse.self)
        #expect(bad.setDefaultDpAddressResult == .undefinedError)
        let unknownCI = try await card.call(
            SetDefaultDpAddressRequest(defaultDpAddress: "smdp.example.com", allowedCiPKId: [1, 2, 3]),
            expecting: SetDefaultDpAddressResponse.self)
        #expect(unknownCI.setDefaultDpAddressResult == .unsupportedCiPKId)

        let cleared = try await card.call(
            SetDefaultDpAddressRequest(defaultDpAddress: ""), expecting: SetDefaultDpAddressResponse.self)
        #expect(cleared.setDefaultDpAddressResult == .ok)
        #expect(try await card.card.configuredAddresses().defaultDpAddress == nil)
    }

    @Test func rat() async throws {
        let card = try await TestCard.make()
        let response = try await card.call(GetRatRequest(), expecting: GetRatResponse.self)
        #expect(response.rat == EUICC.defaultRAT)
    }
}
