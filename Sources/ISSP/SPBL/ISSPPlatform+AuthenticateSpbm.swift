import Crypto
import Foundation
import SGP22
import SPB
import SSPCrypto
import SSPPKI
import X509

/// Si3.AuthenticateSpbm on the SPBL side, modelled on SGP.22's AuthenticateServer: the SPB Manager proves
/// itself with certificates under the family CI and a signature over the SPBL's challenge; the SPBL answers
/// with its own signed data, an ephemeral key for the image and a token encrypted for the SPB Manager
/// (module SPB's `SpblBinding` does the signatures, the key agreement and the token).
extension ISSPPlatform {
    /// Checks the SPB Manager and, if it is genuine, opens the session the bound image will be loaded in.
    ///
    /// Checks, in order, each refused with its SpblErrorReason: a challenge was issued (noSessionContext);
    /// the family is supported (familyNotSupported) and the CI named is one of its CIs (ciPKIdNotSupported);
    /// both certificates chain to that CI with the SPB Manager signing and key-agreement roles, verified by
    /// SSPPKI's ChainVerifier (invalidCertificate, unsupportedCurve); then `SpblBinding` checks that
    /// spbmSigned1 names the key-agreement certificate by its hash (keyAgreementCertificateMismatch), that the
    /// signature verifies (invalidSignature) and that it carries the SPBL's challenge (spblChallengeMismatch).
    func authenticateSpbm(_ request: AuthenticateSpbmRequest) throws -> AuthenticateSpbmResponse {
        let signed = request.spbmSigned1
        func refuse(_ reason: SpblErrorReason) -> AuthenticateSpbmResponse {
            .authenticateSpbmResponseError(
                AuthenticateSpbmResponseError(transactionId: signed.transactionId, authenticateErrorCode: reason))
        }
        guard let challenge = spblSession.challenge else { return refuse(.noSessionContext) }
        // A challenge answers one authentication attempt, successful or not.
        spblSession = SPBLSessionState()
        guard let family = families.first(where: { $0.familyId == signed.spbFamilyId }) else {
            return refuse(.familyNotSupported)
        }
        guard let ci = family.certificateIssuer(keyIdentifier: request.ciPKIdToBeUsed) else {
            return refuse(.ciPKIdNotSupported)
        }
        do {
            let verifier = ChainVerifier()
            _ = try verifier.verify(
                leaf: try PKICertificate(request.spbmSigningCertificate), roots: [ci], at: clock(),
                expecting: .spbmSigning)
            _ = try verifier.verify(
                leaf: try PKICertificate(request.spbmKeyAgreementCertificate), roots: [ci], at: clock(),
                expecting: .spbmKeyAgreement)
        } catch ChainVerificationError.unsupportedCurve {
            return refuse(.unsupportedCurve)
        } catch {
            return refuse(.invalidCertificate)
        }
        let info = try spblInfo()
        do {
            let (response, session) = try binding.authenticateSpbm(
                request, expectedChallenge: challenge, spblInfo: info)
            spblSession.authenticated = session
            return .authenticateSpbmResponseOk(response)
        } catch {
            return refuse(error.spblErrorReason)
        }
    }
}
