import Crypto
import Foundation
import SGP22
import SSPCrypto
import SSPPKI

/// ES10b.PrepareDownload (SGP.22 §5.7.5): the eUICC checks the SM-DP+'s binding certificate and signature and
/// makes the one-time key pair the Bound Profile Package will be bound to.
extension EUICC {
    /// PrepareDownload (BF21): answers euiccSigned2 (transactionId, otPK.EUICC.ECKA, hashCc) signed with
    /// SK.EUICC.ECDSA, or a DownloadErrorCode.
    ///
    /// Checks, in order: an SM-DP+ session is open (`noSessionContext`) with this transactionId
    /// (`invalidTransactionId`); CERT.DPpb.ECDSA is a DP-pb certificate of the same SM-DP+ (same OID) chaining to
    /// the CI of the session at the card's time (`invalidCertificate`, `unsupportedCurve`); smdpSignature2
    /// verifies over smdpSigned2 ‖ euiccSignature1 (`invalidSignature`); a hashed confirmation code is present
    /// exactly when ccRequiredFlag asks for one (`undefinedError`: the card cannot check the code itself).
    func prepareDownload(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(PrepareDownloadRequest.self, command)
        let signed = request.smdpSigned2
        func refuse(_ code: DownloadErrorCode) throws -> [UInt8] {
            try Self.encodeResponse(
                PrepareDownloadResponse.downloadResponseError(
                    PrepareDownloadResponseError(transactionId: signed.transactionId, downloadErrorCode: code)))
        }
        guard var download = session.download, download.authRole == .dpAuth, download.loader == nil else {
            return try refuse(.noSessionContext)
        }
        guard signed.transactionId == download.transactionId else { return try refuse(.invalidTransactionId) }

        let certificate: PKICertificate
        do {
            certificate = try ServerCertificateValidation.pkiCertificate(request.smdpCertificate)
            _ = try ServerCertificateValidation.verify(
                certificate, roles: [.dpPb], issuer: download.issuer, at: clock())
        } catch {
            switch error {
            case .unsupportedCurve: return try refuse(.unsupportedCurve)
            case .invalidCertificate, .invalidOid: return try refuse(.invalidCertificate)
            }
        }
        guard ServerCertificateValidation.entityOID(of: certificate) == download.smdpOid else {
            return try refuse(.invalidCertificate)
        }
        guard let bindingKey = try? P256.Signing.PublicKey(x963Representation: certificate.publicKeyBytes),
            let signedBytes = try? signed.signedBytes(euiccSignature1: download.euiccSignature1),
            bindingKey.isValidSignature(rawBytes: request.smdpSignature2, for: signedBytes)
        else { return try refuse(.invalidSignature) }
        guard signed.ccRequiredFlag == (request.hashCc != nil) else { return try refuse(.undefinedError) }

        // A retried download may ask for the one-time key the package was already bound to.
        let oneTimeKey: P256.KeyAgreement.PrivateKey
        if let requested = signed.bppEuiccOtpk, let retained = session.retainedOneTimeKey,
            Array(retained.publicKey.x963Representation) == requested
        {
            oneTimeKey = retained
        } else {
            oneTimeKey = P256.KeyAgreement.PrivateKey()
        }
        let preparation = PreparedDownload(
            bindingCertificate: certificate, bindingKey: bindingKey, oneTimeKey: oneTimeKey)
        let euiccSigned2 = EUICCSigned2(
            transactionId: download.transactionId, euiccOtpk: preparation.oneTimePublicKey, hashCc: request.hashCc)
        let signature = try identity.sign(try euiccSigned2.signedBytes(smdpSignature2: request.smdpSignature2))
        download.preparation = preparation
        session.download = download
        session.retainedOneTimeKey = oneTimeKey
        return try Self.encodeResponse(
            PrepareDownloadResponse.downloadResponseOk(
                PrepareDownloadResponseOk(euiccSigned2: euiccSigned2, euiccSignature2: signature)))
    }
}
