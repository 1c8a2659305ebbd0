import SGP22

extension SpblBinding {
    /// The signed answer to Si3.LoadBoundSpbInfo.
    public func installationResult(
        transactionId: TransactionId,
        seqNumber: Int,
        spbmAddress: String,
        spbId: SpbId?,
        outcome: SpbInstallationOutcome
    ) throws(SpbBindingError) -> SpbInstallationResult {
        let data = SpbInstallationResultData(
            transactionId: transactionId, seqNumber: seqNumber, spbmAddress: spbmAddress, spbId: spbId,
            outcome: outcome, platformId: platformId)
        let bytes = try SpbBindingError.mapping("spbInstallationResultData") { try data.signedBytes() }
        return SpbInstallationResult(
            spbInstallationResultData: data,
            spblSignature: try SpbSignatures.sign(bytes, with: signingKey, "SpbInstallationResult"))
    }

    /// The signed record of a bundle's new state: the success answer of Si3.SpbStateChange.
    public func stateChangeNotification(
        seqNumber: Int, spbId: SpbId, newState: SpbState, spbmAddress: String
    ) throws(SpbBindingError) -> SpbStateChangeNotification {
        let data = SpbStateChangeNotificationData(
            seqNumber: seqNumber, spbId: spbId, newState: newState, spbmAddress: spbmAddress, platformId: platformId)
        let bytes = try SpbBindingError.mapping("notificationData") { try data.signedBytes() }
        return SpbStateChangeNotification(
            notificationData: data,
            spblSignature: try SpbSignatures.sign(bytes, with: signingKey, "SpbStateChangeNotification"))
    }

    /// The signed answer to Si3.CancelSpbSession for `session`.
    public func cancelSession(
        _ session: SpblSession, reason: CancelSpbSessionReason
    ) throws(SpbBindingError) -> CancelSpbSessionResponse {
        let signed = SpblCancelSessionSigned(
            transactionId: session.transactionId, spbmAddress: session.spbmAddress, reason: reason)
        let bytes = try SpbBindingError.mapping("spblCancelSessionSigned") { try signed.signedBytes() }
        return .cancelSpbSessionResponseOk(
            CancelSpbSessionResponseOk(
                spblCancelSessionSigned: signed,
                spblCancelSessionSignature: try SpbSignatures.sign(
                    bytes, with: signingKey, "spblCancelSessionSignature")))
    }
}
