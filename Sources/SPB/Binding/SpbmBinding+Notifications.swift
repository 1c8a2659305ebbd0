import SGP22
import X509

extension SpbmBinding {
    /// Si2.HandleSpbNotification with an installation result: checks the SPBL's signature and that the
    /// result is addressed to this SPB Manager, and returns the signed data.
    ///
    /// - Parameter spblCertificate: The certificate of the SSP the session authenticated (or the one on file
    ///   for `platformId`).
    public func verifyInstallationResult(
        _ result: SpbInstallationResult, spblCertificate: Certificate
    ) throws(SpbBindingError) -> SpbInstallationResultData {
        let data = result.spbInstallationResultData
        try checkSigner(spblCertificate, platformId: data.platformId)
        try checkAddressedHere(data.spbmAddress)
        let bytes = try SpbBindingError.mapping("spbInstallationResultData") { try data.signedBytes() }
        try SpbSignatures.verify(
            result.spblSignature, over: bytes, certificate: spblCertificate, "SpbInstallationResult")
        return data
    }

    /// Si2.HandleSpbNotification with a state change: checks the SPBL's signature and the address.
    public func verifyStateChangeNotification(
        _ notification: SpbStateChangeNotification, spblCertificate: Certificate
    ) throws(SpbBindingError) -> SpbStateChangeNotificationData {
        let data = notification.notificationData
        try checkSigner(spblCertificate, platformId: data.platformId)
        try checkAddressedHere(data.spbmAddress)
        let bytes = try SpbBindingError.mapping("notificationData") { try data.signedBytes() }
        try SpbSignatures.verify(
            notification.spblSignature, over: bytes, certificate: spblCertificate, "SpbStateChangeNotification")
        return data
    }

    /// Si2.CancelSpbSession: checks the SPBL's signed cancellation of `transactionId`.
    public func verifyCancellation(
        _ response: CancelSpbSessionResponse, transactionId: TransactionId, spblCertificate: Certificate
    ) throws(SpbBindingError) -> CancelSpbSessionReason {
        switch response {
        case .cancelSpbSessionResponseError(let reason):
            throw .refusedBySpbl(reason)
        case .cancelSpbSessionResponseOk(let ok):
            let signed = ok.spblCancelSessionSigned
            guard signed.transactionId == transactionId else {
                throw .wrongTransaction(expected: transactionId, received: signed.transactionId)
            }
            try checkAddressedHere(signed.spbmAddress)
            let bytes = try SpbBindingError.mapping("spblCancelSessionSigned") { try signed.signedBytes() }
            try SpbSignatures.verify(
                ok.spblCancelSessionSignature, over: bytes, certificate: spblCertificate, "spblCancelSessionSignature")
            return signed.reason
        }
    }

    private func checkAddressedHere(_ received: String) throws(SpbBindingError) {
        guard received.lowercased() == address.lowercased() else {
            throw .spbmAddressMismatch(expected: address, received: received)
        }
    }

    private func checkSigner(_ certificate: Certificate, platformId: PrimaryPlatformId) throws(SpbBindingError) {
        guard SpbCertificateKeys.subjectSerialNumber(of: certificate) == platformId.value else {
            throw .identityMismatch(reason: "the SPBL certificate does not name platform \(platformId)")
        }
    }
}
