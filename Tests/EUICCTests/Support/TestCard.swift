import APDU
import Foundation
import SGP22
import SSPPKI
import SwiftASN1
import Testing

@testable import EUICC

/// A card in a temporary file, plugged into an APDU dispatcher, with an LPA-side ES10 transport on a logical
/// channel to the ISD-R: every test talks to the engine over APDUs.
struct TestCard {
    let directory: URL
    let hierarchy: TestHierarchy
    let card: EUICC
    let dispatcher: APDUDispatcher
    let transport: ES10Transport

    var url: URL { directory.appendingPathComponent("card.sqlite") }

    /// A new card with an identity from `hierarchy`, trusting its CI.
    static func make(
        hierarchy: TestHierarchy? = nil, configuration: EUICCConfiguration = EUICCConfiguration(),
        rat: RulesAuthorisationTable = EUICC.defaultRAT, clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> TestCard {
        let hierarchy = try hierarchy ?? TestHierarchy.generate()
        let directory = try TestData.temporaryDirectory()
        let identity = try EUICCIdentity(
            certificate: hierarchy.euicc.parsed, privateKey: hierarchy.euicc.privateKey,
            eumCertificate: hierarchy.eum.parsed)
        let card = try EUICC.create(
            at: directory.appendingPathComponent("card.sqlite"), identity: identity,
            trustedIssuers: [try TrustedCertificateIssuer(certificate: hierarchy.ci.parsed)],
            configuration: configuration, rat: rat, clock: clock)
        return try await connect(card: card, hierarchy: hierarchy, directory: directory)
    }

    /// The same file opened again, as after a restart: a new engine, dispatcher and channel.
    func reopened(clock: @escaping @Sendable () -> Date = { Date() }) async throws -> TestCard {
        let card = try EUICC.open(at: url, clock: clock)
        return try await Self.connect(card: card, hierarchy: hierarchy, directory: directory)
    }

    private static func connect(card: EUICC, hierarchy: TestHierarchy, directory: URL) async throws -> TestCard {
        let dispatcher = APDUDispatcher(applications: card.applications)
        let transport = try ES10Transport(connection: InProcessCardConnection(card: dispatcher))
        try await transport.open()
        return TestCard(
            directory: directory, hierarchy: hierarchy, card: card, dispatcher: dispatcher, transport: transport)
    }

    /// Sends raw ES10 bytes; card status words other than 9000 come back as `ES10TransportError`.
    func send(_ command: [UInt8]) async throws -> [UInt8] {
        try await transport.transmitES10(command)
    }

    /// Sends an ES10 request and decodes the response.
    func call<Response: DERImplicitlyTaggable>(
        _ request: some DERSerializable, expecting: Response.Type = Response.self
    ) async throws -> Response {
        try Response(derBytes: try await send(try request.derBytes()))
    }

    /// The status word a raw command is refused with, or `nil` if it succeeded.
    func statusWord(of command: [UInt8]) async throws -> StatusWord? {
        do {
            _ = try await send(command)
            return nil
        } catch ES10TransportError.unexpectedStatus(let status, _) {
            return status
        }
    }

    // MARK: ES10 shortcuts

    func challenge() async throws -> [UInt8] {
        try await call(GetEuiccChallengeRequest(), expecting: GetEuiccChallengeResponse.self).euiccChallenge
    }

    func profiles(
        _ criteria: ProfileInfoListRequest.SearchCriteria? = nil, tags: [UInt8]? = nil
    ) async throws -> [ProfileInfo] {
        let response = try await call(
            ProfileInfoListRequest(searchCriteria: criteria, tagList: tags), expecting: ProfileInfoListResponse.self)
        guard case .profileInfoListOk(let list) = response else {
            Issue.record("GetProfilesInfo failed: \(response)")
            return []
        }
        return list
    }

    func notifications() async throws -> [NotificationMetadata] {
        let response = try await call(ListNotificationRequest(), expecting: ListNotificationResponse.self)
        guard case .notificationMetadataList(let list) = response else {
            Issue.record("ListNotification failed: \(response)")
            return []
        }
        return list
    }

    func enable(_ iccid: ICCID) async throws -> EnableProfileResponse.EnableResult {
        try await call(
            EnableProfileRequest(profileIdentifier: .iccid(iccid.wireValue), refreshFlag: false),
            expecting: EnableProfileResponse.self
        ).enableResult
    }

    func disable(_ iccid: ICCID) async throws -> DisableProfileResponse.DisableResult {
        try await call(
            DisableProfileRequest(profileIdentifier: .iccid(iccid.wireValue), refreshFlag: false),
            expecting: DisableProfileResponse.self
        ).disableResult
    }

    func delete(_ iccid: ICCID) async throws -> DeleteProfileResponse.DeleteResult {
        try await call(
            DeleteProfileRequest(profileIdentifier: .iccid(iccid.wireValue)), expecting: DeleteProfileResponse.self
        ).deleteResult
    }
}
