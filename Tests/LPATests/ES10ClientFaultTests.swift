import APDU
import Foundation
import SGP22
import Testing

@testable import LPA

/// The ES10 client against cards that misbehave: status words, garbage, truncation, missing results.
@Suite("ES10 client with faulty cards")
struct ES10ClientFaultTests {
    @Test("a status word other than 9000 becomes cardRefused naming the function and the SW")
    func statusWord() async throws {
        let card = ScriptedCard { _, _ in ([], .wrongData) }
        let client = try await card.client()
        let error = await #expect(throws: ES10Error.self) { try await client.getEID() }
        guard case .cardRefused(let function, let statusWord, _) = error else {
            Issue.record("expected cardRefused, got \(String(describing: error))")
            return
        }
        #expect(function == .getEid)
        #expect(statusWord == .wrongData)
        #expect(error?.description.contains("ES10c.GetEID") == true)
        #expect(error?.description.contains("6A80") == true)
    }

    @Test("garbage, empty and truncated answers become malformedResponse, never a crash")
    func garbage() async throws {
        let answers: [[UInt8]] = [
            [], [0xBF], [0xBF, 0x3E], [0xBF, 0x3E, 0x05, 0x5A], [0x30, 0x00], hex("BF3E03 5A0112"),
            hex("BF3E 12 5A10 0000"), Array(repeating: 0xFF, count: 300),
        ]
        for answer in answers {
            let card = ScriptedCard { _, _ in (answer, .success) }
            let client = try await card.client()
            let error = await #expect(throws: ES10Error.self, "answer \(answer.prefix(8))") {
                try await client.getEID()
            }
            if case .malformedResponse(let function, _)? = error {
                #expect(function == .getEid)
            } else {
                Issue.record("expected malformedResponse for \(answer.prefix(8)), got \(String(describing: error))")
            }
        }
    }

    @Test("a challenge of the wrong size is refused")
    func shortChallenge() async throws {
        let card = ScriptedCard { _, _ in (hex("BF2E0A 8008 0102030405060708"), .success) }
        let client = try await card.client()
        let error = await #expect(throws: ES10Error.self) { try await client.getEUICCChallenge() }
        #expect(error?.description.contains("8 bytes") == true)
    }

    @Test("a transport that was never opened is a transport error")
    func notOpen() async throws {
        let card = ScriptedCard { _, _ in ([], .success) }
        let client = ES10Client(transport: try ES10Transport(connection: card))
        let error = await #expect(throws: ES10Error.self) { try await client.getEUICCInfo2() }
        guard case .transport(let function, _)? = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(function == .getEuiccInfo2)
    }

    @Test("result codes the card reports become errors with their code")
    func resultCodes() async throws {
        let cases: [(answer: String, call: @Sendable (ES10Client) async throws -> Void, expected: ES10Error)] = [
            ("BF2D 03 8101 0B", { _ = try await $0.getProfilesInfo() }, .profilesInfoFailed(.profileChangeOngoing)),
            ("BF28 03 8101 7F", { _ = try await $0.listNotification() }, .listNotificationFailed(.undefinedError)),
            (
                "BF2B 03 8101 7F", { _ = try await $0.retrieveNotificationsList() },
                .retrieveNotificationsListFailed(.undefinedError)
            ),
            (
                "BF30 03 8001 7F", { try await $0.removeNotificationFromList(seqNumber: 3) },
                .removeNotificationFailed(.undefinedError, seqNumber: 3)
            ),
            ("BF34 03 8001 05", { try await $0.eUICCMemoryReset([.deleteOperationalProfiles]) }, .memoryResetRefused(.catBusy)),
            ("BF3F 03 8001 08", { try await $0.setDefaultDpAddress("x.example") }, .setDefaultDpAddressRefused(.unsupportedCiPKId)),
        ]
        for item in cases {
            let card = ScriptedCard { _, _ in (hex(item.answer), .success) }
            let client = try await card.client()
            let error = await #expect(throws: ES10Error.self) { try await item.call(client) }
            #expect(error == item.expected, "answer \(item.answer)")
            #expect(error?.description.isEmpty == false)
        }
    }
}
