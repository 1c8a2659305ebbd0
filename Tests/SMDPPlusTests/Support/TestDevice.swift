import APDU
import Crypto
import EUICC
import Foundation
import SGP22
import SMDPPlus
import SSPPKI
import SwiftASN1
import X509

/// A device in a test: the EUICC engine in a temporary card file, reached over APDUs (logical channel to the
/// ISD-R, STORE DATA chaining) as a modem would, and the few LPA steps that turn ES9+ answers into ES10
/// requests. Everything the SM-DP+ receives is what this card really produced.
struct TestDevice: Sendable {
    let card: EUICC
    let transport: ES10Transport

    var eid: EID { card.eid }

    /// A card with the eUICC identity of `hierarchy` (or `euicc` issued by `eum`), trusting `hierarchy`'s CI.
    static func make(
        hierarchy: TestHierarchy, euicc: IssuedIdentity? = nil, eum: IssuedIdentity? = nil
    ) async throws -> TestDevice {
        let identity = try EUICCIdentity(
            certificate: (euicc ?? hierarchy.euicc).parsed, privateKey: (euicc ?? hierarchy.euicc).privateKey,
            eumCertificate: (eum ?? hierarchy.eum).parsed)
        let url = try TestData.temporaryDirectory().appendingPathComponent("card.sqlite")
        let card = try EUICC.create(
            at: url, identity: identity,
            trustedIssuers: [try TrustedCertificateIssuer(certificate: hierarchy.ci.parsed)])
        let transport = try ES10Transport(
            connection: InProcessCardConnection(card: APDUDispatcher(applications: card.applications)))
        try await transport.open()
        return TestDevice(card: card, transport: transport)
    }

    /// Another eUICC of the same EUM (EID `89049032…` + `number`).
    static func issueSecondEUICC(in hierarchy: TestHierarchy, number: UInt64) throws -> IssuedIdentity {
        guard let eid = EIDFormat.make(prefix: "89049032", individualNumber: number) else {
            throw TestFailure("cannot make an EID")
        }
        return try PKIBuilder().euicc(eid: eid, commonName: "Test eUICC \(number)", issuer: hierarchy.eum)
    }

    func send(_ request: some DERSerializable) async throws -> [UInt8] {
        try await transport.transmitES10(try request.derBytes())
    }

    // MARK: LPA steps

    /// ES10b.GetEUICCInfo1, as the LPA passes it to InitiateAuthentication.
    func euiccInfo1() async throws -> [UInt8] {
        try await send(GetEuiccInfo1Request())
    }

    /// ES10b.GetEUICCChallenge.
    func challenge() async throws -> [UInt8] {
        try GetEuiccChallengeResponse(derBytes: try await send(GetEuiccChallengeRequest())).euiccChallenge
    }

    /// The InitiateAuthentication request an LPA makes for `address`.
    func initiateAuthenticationRequest(address: String) async throws -> ES9Plus.InitiateAuthenticationRequest {
        ES9Plus.InitiateAuthenticationRequest(
            euiccChallenge: try await challenge(), euiccInfo1: try await euiccInfo1(), smdpAddress: address)
    }

    /// ES10b.AuthenticateServer from the SM-DP+'s InitiateAuthentication answer; returns the card's BF38.
    func authenticateServer(
        _ answer: ES9Plus.InitiateAuthenticationResponse, matchingId: String?
    ) async throws -> [UInt8] {
        let request = AuthenticateServerRequest(
            serverSigned1: try ServerSigned1(derBytes: answer.serverSigned1),
            serverSignature1: try Self.value(of: answer.serverSignature1, .application(55)),
            euiccCiPKIdToBeUsed: try Self.value(of: answer.euiccCiPKIdToBeUsed, .octetString),
            serverCertificate: try Certificate(derEncoded: answer.serverCertificate),
            ctxParams1: .ctxParamsForCommonAuthentication(
                CtxParamsForCommonAuthentication(
                    matchingId: matchingId,
                    deviceInfo: DeviceInfo(tac: [0x35, 0x29, 0x06, 0x11], deviceCapabilities: DeviceCapabilities()))))
        return try await send(request)
    }

    /// ES10b.PrepareDownload from the AuthenticateClient answer; returns the card's BF21.
    func prepareDownload(
        _ answer: ES9Plus.AuthenticateClientResponse, confirmationCode: String? = nil
    ) async throws -> [UInt8] {
        let signed = try SmdpSigned2(derBytes: answer.smdpSigned2)
        let hashCc = confirmationCode.map {
            ConfirmationCode.hashCc(codeHash: ConfirmationCode.hash(of: $0), transactionId: signed.transactionId)
        }
        let request = PrepareDownloadRequest(
            smdpSigned2: signed, smdpSignature2: try Self.value(of: answer.smdpSignature2, .application(55)),
            hashCc: hashCc, smdpCertificate: try Certificate(derEncoded: answer.smdpCertificate))
        return try await send(request)
    }

    /// ES10b.LoadBoundProfilePackage segment by segment; returns the ProfileInstallationResult the card answers.
    func load(boundProfilePackage: [UInt8]) async throws -> [UInt8] {
        for segment in try BoundProfilePackage(derBytes: boundProfilePackage).segments() {
            let response = try await transport.transmitES10(segment)
            if !response.isEmpty { return response }
        }
        throw TestFailure("the card answered no ProfileInstallationResult")
    }

    /// ES10b.RetrieveNotificationsList: each pending notification's DER, as the LPA relays it.
    func pendingNotifications() async throws -> [[UInt8]] {
        let response = try RetrieveNotificationsListResponse(
            derBytes: try await send(RetrieveNotificationsListRequest()))
        guard case .notificationList(let list) = response else { return [] }
        return try list.map { try $0.derBytes() }
    }

    /// ES10b.CancelSession; returns the card's BF41.
    func cancelSession(_ transactionId: TransactionId, reason: CancelSessionReason) async throws -> [UInt8] {
        try await send(CancelSessionRequest(transactionId: transactionId, reason: reason))
    }

    /// The value of a TLV the JSON carries whole (`5F37 …`, `04 14 …`).
    static func value(of tlv: [UInt8], _ identifier: ASN1Identifier) throws -> [UInt8] {
        Array(try ASN1OctetString(derBytes: tlv, withIdentifier: identifier).bytes)
    }
}
