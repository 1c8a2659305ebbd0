import APDU
import Crypto
import SGP22
import SPB
import SSPCrypto
import SSPPKI
import SwiftASN1
import X509

@testable import ISSP

/// The SPB Manager side of a download, with module SPB's `SpbmBinding`, and the LBA's Si3 relay over APDUs
/// to the platform's dispatcher: a whole Si2/Si3 download without HTTPS.
struct TestSPBM {
    let binding: SpbmBinding

    /// The SPB Manager of `hierarchy` (its signing and key-agreement identities under that family CI).
    init(hierarchy: TestHierarchy, address: String = TestLab.spbmAddress) throws {
        binding = try SpbmBinding(
            address: address, signingKey: hierarchy.spbmSigning.privateKey,
            signingCertificate: hierarchy.spbmSigning.certificate,
            keyAgreementKey: hierarchy.spbmKeyAgreement.privateKey.keyAgreementKey,
            keyAgreementCertificate: hierarchy.spbmKeyAgreement.certificate)
    }

    /// Si2.GetSpbmCertificate + InitiateSpbDownload and Si3.GetSpblInfo, GetSpblChallenge, AuthenticateSpbm.
    /// - Returns: the SPBL's answer and the SPB Manager's session.
    func authenticate(through lba: TestLBA, transaction: TransactionId? = nil) async throws
        -> (AuthenticateSpbmResponse, SpbmDownloadSession, AuthenticateSpbmRequest)
    {
        let transaction = try transaction ?? TransactionId(bytes: SpbChallenge.generate())
        let info = try SpblInfo(derBytes: try await lba.si3(GetSpblInfoRequest()))
        let family = try requireFamily(info)
        let certificates = try binding.certificateResponse(
            for: GetSpbmCertificateRequest(spbFamilyId: family.spbFamilyId, ciPKIdsSupported: family.ciPKIds))
        let challenge = try GetSpblChallengeResponse(derBytes: try await lba.si3(GetSpblChallengeRequest()))
        let (initiation, session) = try binding.initiateDownload(
            InitiateSpbDownloadRequest(
                spbmAddress: binding.address, spblChallenge: challenge.spblChallenge, spbFamilyId: family.spbFamilyId,
                ciPKIdToBeUsed: certificates.ciPKIdToBeUsed, spblInfo: info),
            transactionId: transaction)
        let request = SpbmBinding.authenticateSpbmRequest(certificates: certificates, initiation: initiation)
        let answer = try AuthenticateSpbmResponse(derBytes: try await lba.si3(request))
        return (answer, session, request)
    }

    /// A whole download of `image`: authentication, binding, Si3.LoadBoundSpbInfo.
    /// - Returns: the bound image (for replay tests) and the SPBL's result, checked by the SPB Manager.
    func download(_ image: (SpbMetadata, SpbImageContent), through lba: TestLBA) async throws
        -> (BoundSpbImage, SpbInstallationResultData)
    {
        let (answer, session, _) = try await authenticate(through: lba)
        let ssp = try binding.authenticateSsp(answer, session: session)
        let bound = try binding.bindImage(image.1, metadata: image.0, for: ssp)
        let result = try await lba.load(bound)
        return (bound, try binding.verifyInstallationResult(result, spblCertificate: ssp.spblCertificate))
    }
}

/// The first family an SPBL supports.
private func requireFamily(_ info: SpblInfo) throws -> SpbFamilySupport {
    guard let family = info.supportedFamilies.first else {
        throw ISSPError.invalidConfiguration(reason: "the SPBL supports no family")
    }
    return family
}

/// The LBA's side of Si3: STORE DATA to the SPBL AID over a logical channel of the platform's dispatcher.
struct TestLBA {
    let transport: ES10Transport

    init(platform: ISSPPlatform) async throws {
        transport = try ES10Transport(connection: InProcessCardConnection(card: platform.dispatcher))
        try await transport.open(aid: Si3Interface.spblAID)
    }

    /// Sends one Si3 request and returns the DER answer.
    func si3(_ request: some DERSerializable) async throws -> [UInt8] {
        try await transport.transmitES10(try request.derBytes())
    }

    /// Si3.LoadBoundSpbInfo.
    func load(_ image: BoundSpbImage) async throws -> SpbInstallationResult {
        try SpbInstallationResult(derBytes: try await si3(LoadBoundSpbInfoRequest(boundSpbImage: image)))
    }

    /// Si3.ListSpbs.
    func list(_ request: ListSpbsRequest = ListSpbsRequest()) async throws -> ListSpbsResponse {
        try ListSpbsResponse(derBytes: try await si3(request))
    }

    /// Si3.SpbStateChange.
    func change(_ spbId: SpbId, _ operation: SpbStateChangeOperation) async throws -> SpbStateChangeResponse {
        try SpbStateChangeResponse(derBytes: try await si3(SpbStateChangeRequest(spbId: spbId, operation: operation)))
    }
}
