import Foundation
import SGP22
import Testing

@testable import EUICC

/// The card file: state survives reopening, eUICCMemoryReset, and the guarantees around the file.
@Suite struct PersistenceTests {
    @Test func reopeningShowsTheSameCard() async throws {
        let card = try await TestCard.make()
        let iccids = try await card.install(["894400000000000501", "894400000000000502"])
        #expect(try await card.enable(iccids[1]) == .ok)
        _ = try await card.call(
            SetNicknameRequest(iccid: iccids[0].wireValue, profileNickname: "Travel"),
            expecting: SetNicknameResponse.self)
        _ = try await card.call(
            SetDefaultDpAddressRequest(defaultDpAddress: "smdp.example.com"),
            expecting: SetDefaultDpAddressResponse.self)
        let profiles = try await card.profiles()
        let notifications = try await card.notifications()
        let info1 = try await card.call(GetEuiccInfo1Request(), expecting: EUICCInfo1.self)
        let nextNumber = try await card.card.nextSequenceNumber()

        let reopened = try await card.reopened()
        #expect(reopened.card.eid == card.card.eid)
        #expect(try await reopened.profiles() == profiles)
        #expect(try await reopened.notifications() == notifications)
        #expect(try await reopened.call(GetEuiccInfo1Request(), expecting: EUICCInfo1.self) == info1)
        #expect(try await reopened.card.configuredAddresses().defaultDpAddress == "smdp.example.com")
        #expect(try await reopened.card.nextSequenceNumber() == nextNumber)
        #expect(try await reopened.card.installedProfiles().map(\.nickname) == ["Travel", nil])
        // The counter goes on from where it was.
        #expect(try await reopened.disable(iccids[1]) == .ok)
        #expect(try await reopened.notifications().last?.seqNumber == nextNumber)
    }

    @Test func theFileIsInWriteAheadLogMode() async throws {
        let card = try await TestCard.make()
        try await card.install(["894400000000000511"])
        // SQLite in WAL mode keeps a "-wal" file beside the database while it is open.
        #expect(FileManager.default.fileExists(atPath: card.url.path + "-wal"))
    }

    @Test func sessionStateDoesNotSurviveAReset() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await card.challenge(), transactionId: try TestSMDPPlus.newTransactionId())
        await card.card.resetSession()
        let response = try await card.call(request, expecting: AuthenticateServerResponse.self)
        guard case .authenticateResponseError(let error) = response else {
            Issue.record("expected a refusal")
            return
        }
        #expect(error.authenticateErrorCode == .noSessionContext)
    }

    @Test func creatingOverAnExistingFileIsRefused() async throws {
        let card = try await TestCard.make()
        let identity = await card.card.identity
        #expect(throws: EUICCError.cardAlreadyExists(path: card.url.path)) {
            try EUICC.create(
                at: card.url, identity: identity,
                trustedIssuers: [try TrustedCertificateIssuer(certificate: card.hierarchy.ci.parsed)])
        }
    }

    @Test func openingSomethingElseIsRefused() async throws {
        let directory = try TestData.temporaryDirectory()
        #expect(throws: EUICCError.self) { try EUICC.open(at: directory.appendingPathComponent("missing.sqlite")) }
        let garbage = directory.appendingPathComponent("garbage.sqlite")
        try Data("this is not SQLite".utf8).write(to: garbage)
        #expect(throws: EUICCError.self) { try EUICC.open(at: garbage) }
    }

    @Test func trustedCIsPersist() async throws {
        let card = try await TestCard.make()
        let sgp26 = try TrustedCertificateIssuer(
            contentsOf: TestData.url("sgp26/CertificateIssuer/CERT_CI_ECDSA_NIST.der"))
        try await card.card.trust(sgp26)
        let reopened = try await card.reopened()
        #expect(await reopened.card.certificateIssuers.map(\.keyIdentifier).contains(sgp26.keyIdentifier))
        try await reopened.card.distrust(keyIdentifier: sgp26.keyIdentifier)
        let again = try await reopened.reopened()
        #expect(await again.card.certificateIssuers.count == 1)
    }
}

/// ES10c eUICCMemoryReset.
@Suite struct MemoryResetTests {
    private func reset(
        _ card: TestCard, _ options: EuiccMemoryResetRequest.ResetOptions
    ) async throws
        -> EuiccMemoryResetResponse.ResetResult
    {
        try await card.call(EuiccMemoryResetRequest(resetOptions: options), expecting: EuiccMemoryResetResponse.self)
            .resetResult
    }

    @Test func deletesTheChosenClassesWhateverTheirStateAndRules() async throws {
        let card = try await TestCard.make()
        let operational = try await card.install(["894400000000000601"], rules: [.ppr1, .ppr2])[0]
        let test = try await card.install(["894400000000000602"], profileClass: .test)[0]
        #expect(try await card.enable(operational) == .ok)
        let pending = try await card.notifications()

        #expect(try await reset(card, [.deleteOperationalProfiles]) == .ok)
        #expect(try await card.profiles().map(\.iccid) == [test.wireValue])
        // No notification for a reset; the pending ones stay.
        #expect(try await card.notifications() == pending)

        #expect(try await reset(card, [.deleteOperationalProfiles]) == .nothingToDelete)
        #expect(try await reset(card, [.deleteFieldLoadedTestProfiles]) == .ok)
        #expect(try await card.profiles().isEmpty)

        // The ICCID can be downloaded again.
        try await card.install(["894400000000000601"])
    }

    @Test func resetsTheDefaultSMDPPlusAddress() async throws {
        var configuration = EUICCConfiguration()
        configuration.defaultDpAddress = "factory.example.com"
        let card = try await TestCard.make(configuration: configuration)
        _ = try await card.call(
            SetDefaultDpAddressRequest(defaultDpAddress: "other.example.com"),
            expecting: SetDefaultDpAddressResponse.self)
        #expect(try await reset(card, [.resetDefaultSmdpAddress]) == .ok)
        #expect(try await card.card.configuredAddresses().defaultDpAddress == "factory.example.com")
        #expect(try await reset(card, [.resetDefaultSmdpAddress]) == .nothingToDelete)
    }
}
