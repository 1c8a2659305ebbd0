import Crypto
import SGP22
import SSPCrypto
import X509

extension SpbmBinding {
    /// Si2.AuthenticateSsp: checks the SPBL's answer against the session and opens its token.
    ///
    /// In order: the session (transaction ID, both challenges, this SPB Manager's address), the SSP's identity
    /// (the platform ID in the signed data, in SpblInfo and in the SPBL certificate's subject; the SPBL
    /// certificate issued by the maker certificate), spblSignature1, then the token: it must open with the keys
    /// from ECKA(SK.SPBM.ECKA, spblOtpk) and hold the same transaction, platform ID and certificate.
    public func authenticateSsp(
        _ answer: AuthenticateSpbmResponse, session: SpbmDownloadSession
    ) throws(SpbBindingError) -> AuthenticatedSsp {
        switch answer {
        case .authenticateSpbmResponseOk(let ok):
            return try authenticateSsp(ok, session: session)
        case .authenticateSpbmResponseError(let error):
            if let received = error.transactionId, received != session.transactionId {
                throw .wrongTransaction(expected: session.transactionId, received: received)
            }
            throw .refusedBySpbl(error.authenticateErrorCode)
        }
    }

    /// Si2.AuthenticateSsp for a successful SPBL answer, with the checks described on the overload that takes the
    /// whole `AuthenticateSpbmResponse`.
    public func authenticateSsp(
        _ answer: AuthenticateSpbmResponseOk, session: SpbmDownloadSession
    ) throws(SpbBindingError) -> AuthenticatedSsp {
        let signed = answer.spblSigned1
        guard signed.transactionId == session.transactionId else {
            throw .wrongTransaction(expected: session.transactionId, received: signed.transactionId)
        }
        guard signed.spbmChallenge == session.spbmChallenge else { throw .challengeMismatch(which: "spbmChallenge") }
        guard signed.spblChallenge == session.spblChallenge else { throw .challengeMismatch(which: "spblChallenge") }
        guard signed.spbmAddress.lowercased() == address.lowercased() else {
            throw .spbmAddressMismatch(expected: address, received: signed.spbmAddress)
        }
        guard signed.spblInfo.platformId == signed.platformId else {
            throw .identityMismatch(
                reason: "spblInfo names platform \(signed.spblInfo.platformId), "
                    + "spblSigned1 names \(signed.platformId)")
        }
        guard signed.spblInfo.spblCertificate == answer.spblCertificate else {
            throw .identityMismatch(reason: "spblInfo carries another SPBL certificate than the answer")
        }
        guard SpbCertificateKeys.subjectSerialNumber(of: answer.spblCertificate) == signed.platformId.value else {
            throw .identityMismatch(
                reason: "the SPBL certificate's subject does not name platform \(signed.platformId)")
        }
        let makerKeyId = try SpbCertificateKeys.subjectKeyIdentifier(
            of: answer.isspMakerCertificate, "iSSP maker certificate")
        try SpbCertificateKeys.checkIssued(answer.spblCertificate, "SPBL certificate", by: makerKeyId)

        let signedBytes = try SpbBindingError.mapping("spblSigned1") { try signed.signedBytes() }
        try SpbSignatures.verify(
            answer.spblSignature1, over: signedBytes, certificate: answer.spblCertificate, "spblSignature1")

        let token = try openToken(answer.encryptedToken, spblOtpk: signed.spblOtpk, session: session)
        guard token.transactionId == session.transactionId else {
            throw .wrongTransaction(expected: session.transactionId, received: token.transactionId)
        }
        guard token.platformId == signed.platformId else {
            throw .identityMismatch(
                reason: "the token names platform \(token.platformId), the signed data \(signed.platformId)")
        }
        guard token.spblCertificate == answer.spblCertificate else {
            throw .identityMismatch(reason: "the token carries another SPBL certificate than the answer")
        }
        return AuthenticatedSsp(
            transactionId: session.transactionId, platformId: signed.platformId,
            spblCertificate: answer.spblCertificate, isspMakerCertificate: answer.isspMakerCertificate,
            spblOtpk: signed.spblOtpk, spblInfo: signed.spblInfo)
    }

    /// Decrypts the SPBL token with ECKA(SK.SPBM.ECKA, otPK.SPBL.ECKA).
    func openToken(
        _ segments: [[UInt8]], spblOtpk: [UInt8], session: SpbmDownloadSession
    ) throws(SpbBindingError) -> SpblToken {
        let secret = try SpbKeyDerivation.sharedSecret(keyAgreementKey, point: spblOtpk, "token key agreement")
        let keys = try SpbKeyDerivation.tokenKeys(
            sharedSecret: secret, transactionId: session.transactionId, spbmChallenge: session.spbmChallenge)
        let plaintext = try SpbProtection.open(segments, keys: keys, tag: .encryptedCommand, "SPBL token")
        return try SpbBindingError.mapping("SPBL token") { try SpblToken(derBytes: plaintext) }
    }
}
