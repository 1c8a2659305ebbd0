import Foundation
import SGP22
import Testing

/// The LPA's part of a Profile download, driven against a ``TestCard`` with a ``TestSMDPPlus`` standing in for
/// the server: GetEUICCChallenge, AuthenticateServer, PrepareDownload, then LoadBoundProfilePackage segment by
/// segment, stopping at the first segment the card answers with data (the ProfileInstallationResult).
struct DownloadOutcome {
    /// The card's answer to each segment sent, in order.
    var segmentResponses: [[UInt8]]
    /// The ProfileInstallationResult the card answered.
    var result: ProfileInstallationResult

    var isSuccess: Bool {
        if case .successResult = result.profileInstallationResultData.finalResult { return true }
        return false
    }

    var error: ErrorResult? {
        if case .errorResult(let error) = result.profileInstallationResultData.finalResult { return error }
        return nil
    }
}

extension TestCard {
    /// GetEUICCChallenge then AuthenticateServer; fails the test if the card refuses.
    func authenticate(
        _ smdp: TestSMDPPlus, transactionId: TransactionId, matchingId: String? = "MATCHING-1"
    ) async throws -> AuthenticateResponseOk {
        let request = try smdp.authenticateServerRequest(
            euiccChallenge: try await challenge(), transactionId: transactionId, matchingId: matchingId)
        let response = try await call(request, expecting: AuthenticateServerResponse.self)
        guard case .authenticateResponseOk(let ok) = response else {
            Issue.record("AuthenticateServer refused: \(response)")
            throw TestFailure.refused("AuthenticateServer")
        }
        return ok
    }

    /// PrepareDownload after a successful authentication; fails the test if the card refuses.
    func prepare(
        _ smdp: TestSMDPPlus, authentication: AuthenticateResponseOk
    ) async throws
        -> PrepareDownloadResponseOk
    {
        let response = try await call(
            try smdp.prepareDownloadRequest(authentication: authentication), expecting: PrepareDownloadResponse.self)
        guard case .downloadResponseOk(let ok) = response else {
            Issue.record("PrepareDownload refused: \(response)")
            throw TestFailure.refused("PrepareDownload")
        }
        return ok
    }

    /// A whole download; `alter` may change the segments before they are sent (to test refusals).
    func download(
        _ smdp: TestSMDPPlus, metadata: StoreMetadataRequest, package: [UInt8], replaceSessionKeys: Bool = false,
        alter: ([[UInt8]]) throws -> [[UInt8]] = { $0 }
    ) async throws -> DownloadOutcome {
        let transactionId = try TestSMDPPlus.newTransactionId()
        let authentication = try await authenticate(smdp, transactionId: transactionId)
        let preparation = try await prepare(smdp, authentication: authentication)
        let bpp = try smdp.boundProfilePackage(
            transactionId: transactionId, euiccOtpk: preparation.euiccSigned2.euiccOtpk, eid: card.eid,
            metadata: metadata, profilePackage: package, replaceSessionKeys: replaceSessionKeys)
        return try await load(try alter(try bpp.segments()))
    }

    /// Sends segments until the card answers one with data.
    func load(_ segments: [[UInt8]]) async throws -> DownloadOutcome {
        var responses: [[UInt8]] = []
        for segment in segments {
            let response = try await send(segment)
            responses.append(response)
            if !response.isEmpty {
                return DownloadOutcome(
                    segmentResponses: responses, result: try ProfileInstallationResult(derBytes: response))
            }
        }
        throw TestFailure.refused("no ProfileInstallationResult after \(segments.count) segments")
    }
}

enum TestFailure: Error {
    case refused(String)
}
