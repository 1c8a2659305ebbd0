import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES10c local Profile management")
struct ProfileManagementTests {
    typealias Support = ES10TestSupport

    static let aid = Support.hex("A0000005591010FFFFFFFF8900001100")

    @Test("EnableProfile request: CHOICE under an explicit A0, refreshFlag 81, v3.1 targetEsimPort 82")
    func enableRequest() throws {
        let byIccid = EnableProfileRequest(profileIdentifier: .iccid(try Support.iccid()), refreshFlag: true)
        #expect(try byIccid.derBytes() == Support.hex("BF31 11 A0 0C 5A 0A 98001032547698103214 81 01 FF"))
        let mep = EnableProfileRequest(profileIdentifier: .isdpAid(Self.aid), refreshFlag: false, targetEsimPort: 1)
        #expect(
            try mep.derBytes()
                == Support.hex("BF31 1A A0 12 4F 10 A0000005591010FFFFFFFF8900001100 81 01 00 82 01 01"))
        for request in [byIccid, mep] {
            #expect(try Support.roundTrip(request).decoded == request)
        }
        // The CHOICE without its explicit tag, a missing refreshFlag, an unknown alternative, a 9-byte ICCID.
        let bare = "BF31 0F 5A 0A 98001032547698103214 81 01 FF"
        #expect(throws: ASN1Error.self) { try EnableProfileRequest(derBytes: Support.hex(bare)) }
        #expect(throws: ASN1Error.self) {
            try EnableProfileRequest(derBytes: Support.hex("BF31 0E A0 0C 5A 0A 98001032547698103214"))
        }
        #expect(throws: ASN1Error.self) {
            try EnableProfileRequest(derBytes: Support.hex("BF31 08 A0 03 80 01 00 81 01 FF"))
        }
        #expect(throws: ASN1Error.self) {
            try EnableProfileRequest(derBytes: Support.hex("BF31 10 A0 0B 5A 09 980010325476981032 81 01 FF"))
        }
        #expect(throws: ASN1Error.self) { try EnableProfileRequest(derBytes: Support.hex("BF31 00")) }
    }

    @Test("EnableProfile response codes, including v3.1's and unknown ones")
    func enableResponse() throws {
        let expected: [(UInt8, EnableProfileResponse.EnableResult)] = [
            (0, .ok), (1, .iccidOrAidNotFound), (2, .profileNotInDisabledState), (3, .disallowedByPolicy),
            (4, .wrongProfileReenabling), (5, .catBusy), (6, .disallowedByEnterpriseRule), (7, .commandError),
            (9, .disallowedForRpm), (10, .noEsimPortAvailable), (127, .undefinedError), (8, .other(8)),
        ]
        for (code, result) in expected {
            let bytes = Support.hex("BF31 03 80 01") + [code]
            #expect(try EnableProfileResponse(derBytes: bytes) == EnableProfileResponse(enableResult: result))
            #expect(try EnableProfileResponse(enableResult: result).derBytes() == bytes)
        }
        let withPort = EnableProfileResponse(enableResult: .ok, targetEsimPort: 2)
        #expect(try withPort.derBytes() == Support.hex("BF31 06 80 01 00 81 01 02"))
        #expect(try EnableProfileResponse(derBytes: Support.hex("BF31 0A 80 01 00 81 01 02 9F 50 01 00")) == withPort)
        #expect(throws: ASN1Error.self) { try EnableProfileResponse(derBytes: Support.hex("BF31 03 81 01 00")) }
        #expect(throws: ASN1Error.self) { try EnableProfileResponse(derBytes: Support.hex("BF31 03 80 01")) }
    }

    @Test("DisableProfile request and response")
    func disable() throws {
        let request = DisableProfileRequest(profileIdentifier: .isdpAid(Self.aid), refreshFlag: true)
        #expect(try request.derBytes() == Support.hex("BF32 17 A0 12 4F 10 A0000005591010FFFFFFFF8900001100 81 01 FF"))
        #expect(try Support.roundTrip(request).decoded == request)
        #expect(
            try DisableProfileResponse(derBytes: Support.hex("BF32 03 80 01 02")).disableResult
                == .profileNotInEnabledState)
        #expect(
            try DisableProfileResponse(derBytes: Support.hex("BF32 03 80 01 06")).disableResult
                == .disallowedByEnterpriseRule)
        #expect(try DisableProfileResponse(derBytes: Support.hex("BF32 03 80 01 04")).disableResult == .other(4))
        #expect(try DisableProfileResponse(disableResult: .catBusy).derBytes() == Support.hex("BF32 03 80 01 05"))
        #expect(throws: ASN1Error.self) { try DisableProfileRequest(derBytes: Support.hex("BF32 05 A0 03 4F 01 AA")) }
        #expect(throws: ASN1Error.self) {
            try DisableProfileRequest(derBytes: Support.hex("BF32 07 A0 02 4F 00 81 01 FF"))
        }
    }

    @Test("DeleteProfile: a tagged CHOICE")
    func delete() throws {
        let byIccid = DeleteProfileRequest(profileIdentifier: .iccid(try Support.iccid()))
        #expect(try byIccid.derBytes() == Support.hex("BF33 0C 5A 0A 98001032547698103214"))
        let byAid = DeleteProfileRequest(profileIdentifier: .isdpAid(Self.aid))
        #expect(try byAid.derBytes() == Support.hex("BF33 12 4F 10 A0000005591010FFFFFFFF8900001100"))
        for request in [byIccid, byAid] {
            #expect(try Support.roundTrip(request).decoded == request)
        }
        #expect(throws: ASN1Error.self) {
            try DeleteProfileRequest(derBytes: Support.hex("BF33 0B 5A 09 980010325476981032"))
        }
        #expect(throws: ASN1Error.self) { try DeleteProfileRequest(derBytes: Support.hex("BF33 03 95 01 02")) }
        #expect(throws: ASN1Error.self) { try DeleteProfileRequest(derBytes: Support.hex("BF33 00")) }
        #expect(throws: ASN1Error.self) {
            try DeleteProfileRequest(derBytes: Support.hex("BF33 0F 5A 0A 98001032547698103214 80 01 00"))
        }
        #expect(
            try DeleteProfileResponse(derBytes: Support.hex("BF33 03 80 01 04")).deleteResult
                == .disallowedInTestMode)
        #expect(
            try DeleteProfileResponse(deleteResult: .profileNotInDisabledState).derBytes()
                == Support.hex("BF33 03 80 01 02"))
    }

    @Test("eUICCMemoryReset request and response")
    func memoryReset() throws {
        let all = EuiccMemoryResetRequest(
            resetOptions: [.deleteOperationalProfiles, .deleteFieldLoadedTestProfiles, .resetDefaultSmdpAddress])
        #expect(try all.derBytes() == Support.hex("BF34 04 82 02 05 E0"))
        let v3 = EuiccMemoryResetRequest(resetOptions: [.deletePreLoadedTestProfiles, .deleteProvisioningProfiles])
        #expect(try Support.roundTrip(v3).decoded == v3)
        #expect(try EuiccMemoryResetResponse(derBytes: Support.hex("BF34 03 80 01 01")).resetResult == .nothingToDelete)
        #expect(try EuiccMemoryResetResponse(resetResult: .catBusy).derBytes() == Support.hex("BF34 03 80 01 05"))
        #expect(throws: ASN1Error.self) { try EuiccMemoryResetRequest(derBytes: Support.hex("BF34 04 80 02 05 E0")) }
        #expect(throws: ASN1Error.self) { try EuiccMemoryResetRequest(derBytes: Support.hex("BF34 00")) }
    }

    @Test("GetEID against published card answers")
    func getEid() throws {
        #expect(try GetEuiccDataRequest().derBytes() == Support.hex("BF3E 03 5C 01 5A"))
        #expect(try GetEuiccDataRequest(derBytes: Support.hex("BF3E035C015A")) == GetEuiccDataRequest())
        // lpac's stdio driver documentation (estkme-group/lpac, driver/apdu/stdio.c).
        let lpac = Support.hex("BF3E125A1089049032001001234500012345678901")
        #expect(try GetEuiccDataResponse(derBytes: lpac).eidValue == Support.hex("89049032001001234500012345678901"))
        #expect(try GetEuiccDataResponse(derBytes: lpac).derBytes() == lpac)
        // osmocom/pysim's SCP03 unit test: a sysmoEUICC1 answer.
        let pysim = Support.hex("bf3e125a1089882119900000000000000000000005")
        #expect(try GetEuiccDataResponse(derBytes: pysim).eidValue == Support.hex("89882119900000000000000000000005"))
        #expect(throws: ASN1Error.self) { try GetEuiccDataResponse(derBytes: Support.truncated(lpac)) }
        #expect(throws: ASN1Error.self) {
            try GetEuiccDataResponse(derBytes: Support.hex("BF3E 11 5A 0F 890490320010012345000123456789"))
        }
        #expect(throws: ASN1Error.self) {
            try GetEuiccDataResponse(derBytes: Support.hex("BF3E 12 04 10 89049032001001234500012345678901"))
        }
        #expect(throws: ASN1Error.self) { try GetEuiccDataRequest(derBytes: Support.hex("BF3E 04 5C 02 5A 5A")) }
    }

    @Test("SetNickname request and response")
    func setNickname() throws {
        let request = SetNicknameRequest(iccid: try Support.iccid(), profileNickname: "Travel ✈︎")
        #expect(try Support.roundTrip(request).decoded == request)
        let plain = SetNicknameRequest(iccid: try Support.iccid(), profileNickname: "A")
        #expect(try plain.derBytes() == Support.hex("BF29 0F 5A 0A 98001032547698103214 90 01 41"))
        let longName = Support.tlv([0x90], Array(repeating: 0x41, count: 65))
        let tooLong = Support.tlv([0xBF, 0x29], Support.tlv([0x5A], Support.iccidBytes) + longName)
        #expect(throws: ASN1Error.self) { try SetNicknameRequest(derBytes: tooLong) }
        #expect(throws: ASN1Error.self) {
            try SetNicknameRequest(derBytes: Support.hex("BF29 0E 5A 09 980010325476981032 90 01 41"))
        }
        #expect(throws: ASN1Error.self) {
            try SetNicknameRequest(derBytes: Support.hex("BF29 0C 5A 0A 98001032547698103214"))
        }
        #expect(throws: ASN1Error.self) {
            try SetNicknameRequest(derBytes: Support.hex("BF29 0F 5A 0A 98001032547698103214 90 01 FF"))
        }
        #expect(try SetNicknameResponse(derBytes: Support.hex("BF29 03 80 01 01")).setNicknameResult == .iccidNotFound)
        #expect(try SetNicknameResponse(setNicknameResult: .ok).derBytes() == Support.hex("BF29 03 80 01 00"))
    }
}
