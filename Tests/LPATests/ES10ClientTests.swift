import APDU
import Foundation
import SGP22
import SSPPKI
import Testing

@testable import LPA

/// The ES10 client against the eUICC engine, over the APDU layer: every typed call, and each card result
/// code turned into an error with a sentence.
@Suite("ES10 client against the eUICC")
struct ES10ClientTests {
    let hierarchy: TestHierarchy

    init() throws {
        hierarchy = try TestHierarchy.generate()
    }

    @Test("GetEID, GetEUICCInfo1/2 and GetEUICCChallenge describe the card")
    func identityAndInfo() async throws {
        let device = try await TestDevice.make(hierarchy: hierarchy)
        let client = device.client
        #expect(try await client.getEID() == device.card.eid)

        let info1 = try await client.getEUICCInfo1()
        #expect(info1.derBytes.prefix(2) == [0xBF, 0x20])
        #expect(try EUICCInfo1(derBytes: info1.derBytes) == info1.value)
        let ciKey = try #require(hierarchy.ci.parsed.subjectKeyIdentifier)
        #expect(info1.value.euiccCiPKIdListForVerification.contains(ciKey))

        let info2 = try await client.getEUICCInfo2()
        #expect(info2.svn == VersionType(major: 2, minor: 2, revision: 2))
        #expect(info2.euiccCiPKIdListForSigning.contains(ciKey))

        let first = try await client.getEUICCChallenge()
        let second = try await client.getEUICCChallenge()
        #expect(first.count == 16 && second.count == 16 && first != second)
    }

    @Test("an empty card: no profiles, no notifications, the default RAT, the configured addresses")
    func emptyCard() async throws {
        let client = try await TestDevice.make(hierarchy: hierarchy).client
        #expect(try await client.getProfilesInfo().isEmpty)
        #expect(try await client.listNotification().isEmpty)
        #expect(try await client.retrieveNotificationsList().isEmpty)
        #expect(try await client.removeNotificationFromList(seqNumber: 42) == false)
        #expect(try await client.getRAT().rules.isEmpty == false)

        let addresses = try await client.getEuiccConfiguredAddresses()
        #expect(addresses.rootDsAddress == "lpa.ds.gsma.com")
        #expect(addresses.defaultDpAddress == nil)
        try await client.setDefaultDpAddress("smdp.example.com")
        #expect(try await client.getEuiccConfiguredAddresses().defaultDpAddress == "smdp.example.com")
    }

    @Test("profile management on a missing profile fails with the card's code and a sentence")
    func missingProfile() async throws {
        let client = try await TestDevice.make(hierarchy: hierarchy).client
        let iccid = try ICCID("8949449999999990023")

        let enable = await #expect(throws: ES10Error.self) { try await client.enableProfile(.iccid(iccid.wireValue)) }
        #expect(enable == .enableProfileRefused(.iccidOrAidNotFound, profile: "ICCID 8949449999999990023"))
        #expect(enable?.description.contains("no such profile is installed") == true)
        #expect(enable?.resultCode == 1)
        #expect(enable?.function == .enableProfile)

        let disable = await #expect(throws: ES10Error.self) { try await client.disableProfile(.iccid(iccid.wireValue)) }
        #expect(disable == .disableProfileRefused(.iccidOrAidNotFound, profile: "ICCID 8949449999999990023"))

        let delete = await #expect(throws: ES10Error.self) { try await client.deleteProfile(.isdpAid([0xA0, 0x01])) }
        #expect(delete == .deleteProfileRefused(.iccidOrAidNotFound, profile: "the ISD-P A001"))

        let nickname = await #expect(throws: ES10Error.self) { try await client.setNickname("Home", iccid: iccid) }
        #expect(nickname == .setNicknameRefused(.iccidNotFound, iccid: "8949449999999990023"))
        #expect(nickname?.description.contains("ES10c.SetNickname") == true)
    }

    @Test("CancelSession without a session is refused with invalidTransactionId")
    func cancelWithoutSession() async throws {
        let client = try await TestDevice.make(hierarchy: hierarchy).client
        let error = await #expect(throws: ES10Error.self) {
            try await client.cancelSession(transactionId: TransactionId(bytes: [1, 2, 3]), reason: .endUserRejection)
        }
        #expect(error == .cancelSessionRefused(.invalidTransactionId))
        #expect(error?.description.contains("no open session") == true)
    }

    @Test("eUICCMemoryReset on an empty card deletes nothing")
    func memoryReset() async throws {
        let client = try await TestDevice.make(hierarchy: hierarchy).client
        let deleted = try await client.eUICCMemoryReset([.deleteOperationalProfiles, .deleteFieldLoadedTestProfiles])
        #expect(deleted == false)
    }

    @Test("AuthenticateServer with a garbage-signed request is refused and the error answer kept for relaying")
    func authenticateServerRefusal() async throws {
        let device = try await TestDevice.make(hierarchy: hierarchy)
        let challenge = try await device.client.getEUICCChallenge()
        let transactionId = try TransactionId(bytes: Array(repeating: 0x11, count: 16))
        let signed = ServerSigned1(
            transactionId: transactionId, euiccChallenge: challenge, serverAddress: "smdp.example.com",
            serverChallenge: Array(repeating: 0x22, count: 16))
        let request = AuthenticateServerRequest(
            serverSigned1: signed, serverSignature1: Array(repeating: 0x33, count: 64),
            euiccCiPKIdToBeUsed: try #require(hierarchy.ci.parsed.subjectKeyIdentifier),
            serverCertificate: hierarchy.smdpAuth.certificate,
            ctxParams1: .ctxParamsForCommonAuthentication(
                CtxParamsForCommonAuthentication(matchingId: "X", deviceInfo: .labDevice)))
        let error = await #expect(throws: ES10Error.self) { try await device.client.authenticateServer(request) }
        guard case .authenticateServerRefused(let code, let response) = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(code == .invalidSignature)
        #expect(response.prefix(2) == [0xBF, 0x38])
        guard case .authenticateResponseError(let answer) = try AuthenticateServerResponse(derBytes: response) else {
            Issue.record("the relayed answer is not an AuthenticateResponseError")
            return
        }
        #expect(answer.transactionId == transactionId)
        #expect(error?.description.contains("signature") == true)
    }
}
