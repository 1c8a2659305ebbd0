import Foundation
import SGP22
import SMDPPlus

/// The ES9+ steps of a profile download, as an LPA strings them together, driven against a lab's SM-DP+ with a
/// test device. Each step returns the SM-DP+'s outcome so tests can stop at any failure.
extension TestLab {
    /// InitiateAuthentication, expected to succeed.
    func initiate(_ device: TestDevice) async throws -> ES9Plus.InitiateAuthenticationResponse {
        try await es9(try await device.initiateAuthenticationRequest(address: address)).executed(
            "initiateAuthentication")
    }

    /// InitiateAuthentication then AuthenticateClient with the card's real answer.
    func authenticate(
        _ device: TestDevice, matchingId: String?
    ) async throws -> (transactionId: TransactionId, outcome: FunctionOutcome<ES9Plus.AuthenticateClientResponse>) {
        let initiated = try await initiate(device)
        let authenticateServerResponse = try await device.authenticateServer(initiated, matchingId: matchingId)
        let outcome = try await es9(
            ES9Plus.AuthenticateClientRequest(
                transactionId: initiated.transactionId, authenticateServerResponse: authenticateServerResponse))
        return (initiated.transactionId, outcome)
    }

    /// PrepareDownload on the card then GetBoundProfilePackage.
    func getPackage(
        _ device: TestDevice, authenticated: ES9Plus.AuthenticateClientResponse, confirmationCode: String? = nil
    ) async throws -> (
        request: ES9Plus.GetBoundProfilePackageRequest, outcome: FunctionOutcome<ES9Plus.GetBoundProfilePackageResponse>
    ) {
        let prepared = try await device.prepareDownload(authenticated, confirmationCode: confirmationCode)
        let request = ES9Plus.GetBoundProfilePackageRequest(
            transactionId: authenticated.transactionId, prepareDownloadResponse: prepared)
        return (request, try await es9(request))
    }

    /// A whole download: authentication, package, installation on the card, and the result sent back with
    /// HandleNotification. Returns the transactionId and the card's installation result.
    @discardableResult
    func download(
        _ device: TestDevice, matchingId: String?, confirmationCode: String? = nil
    ) async throws -> (transactionId: TransactionId, result: ProfileInstallationResult) {
        let (transactionId, outcome) = try await authenticate(device, matchingId: matchingId)
        let authenticated = try outcome.executed("authenticateClient")
        let package = try await getPackage(device, authenticated: authenticated, confirmationCode: confirmationCode)
        let bound = try package.outcome.executed("getBoundProfilePackage")
        let result = try await device.load(boundProfilePackage: bound.boundProfilePackage)
        let status = try await handleNotification(result)
        guard status == 204 else { throw TestFailure("handleNotification answered HTTP \(status)") }
        return (transactionId, try ProfileInstallationResult(derBytes: result))
    }

    /// DownloadOrder and ConfirmOrder (released) over ES2+; returns the ICCID and the MatchingID.
    func order(
        profileType: String? = nil, iccid: ICCID? = nil, eid: EID? = nil, confirmationCode: String? = nil,
        requester: String = "OPERATOR-1"
    ) async throws -> (iccid: ICCID, matchingId: String) {
        let ordered = try await es2(
            ES2Plus.DownloadOrderRequest(
                header: Self.header(requester), eid: eid, iccid: iccid, profileType: profileType)
        ).executed("downloadOrder")
        let confirmed = try await es2(
            ES2Plus.ConfirmOrderRequest(
                header: Self.header(requester), iccid: ordered.iccid, eid: eid, confirmationCode: confirmationCode,
                releaseFlag: true)
        ).executed("confirmOrder")
        return (ordered.iccid, confirmed.matchingId)
    }
}
