import APDU
import Crypto
import Foundation
import SGP22
import SPB
import SSPCrypto

/// Si3.LoadBoundSpbInfo on the SPBL side: check the bound image against the session, open it, install it,
/// and answer a signed SpbInstallationResult. Whatever the outcome, the session ends and the transaction is
/// consumed: the same image is never installed twice.
extension ISSPPlatform {
    /// Loads a bound image.
    ///
    /// Without an authenticated session there is nothing to open the image with, and no SPB Manager to
    /// address a signed result to: the request is refused with `6985` (conditions of use not satisfied).
    /// Otherwise every refusal is a signed result with its SpblErrorReason, and nothing is installed:
    /// invalidTransactionId (another session's image, or one already loaded); then `SpblBinding` opens the
    /// image: invalidSignature (spbmSignature2 does not verify over the header and this session's key),
    /// unsupportedCrtValues, bspStructureError / bspSecurityError (segments malformed or their MACs wrong),
    /// bundleClassMismatch; then the installation's own refusals (state, class, memory, duplicates).
    func loadBoundSpbInfo(_ request: LoadBoundSpbInfoRequest) async throws -> SpbInstallationResult {
        guard let session = spblSession.authenticated else {
            throw CardStatusError(.conditionsNotSatisfied, reason: "no authenticated SPB Manager session")
        }
        spblSession = SPBLSessionState()
        let image = request.boundSpbImage
        let header = image.boundSpbImageHeader
        let spbId = header.spbMetadata.spbId
        func refuse(_ reason: SpblErrorReason) throws -> SpbInstallationResult {
            try recordFailedInstallation(
                transactionId: session.transactionId, spbmAddress: session.spbmAddress, spbId: spbId, reason: reason)
        }
        guard try !isConsumed(header.transactionId) else { return try refuse(.invalidTransactionId) }
        let opened: OpenedSpbImage
        do {
            opened = try binding.openBoundSpbImage(image, session: session)
        } catch {
            return try refuse(error.spblErrorReason)
        }
        let initialState = header.spbMetadata.spbState
        guard initialState == .enabled || initialState == .disabled else {
            return try refuse(.incorrectInputValues)
        }
        let verified = VerifiedBundleImage(
            transactionId: header.transactionId, metadata: opened.spbMetadata, content: opened.content,
            spbmAddress: session.spbmAddress)
        do {
            return try await install(verified, initialState: initialState).1
        } catch let refusal as InstallationRefusal {
            return try refuse(refusal.reason)
        }
    }
}
