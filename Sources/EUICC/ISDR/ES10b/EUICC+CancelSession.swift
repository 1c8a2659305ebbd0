import SGP22

/// ES10b.CancelSession (SGP.22 §5.7.14).
extension EUICC {
    /// CancelSession (BF41): ends the open RSP session with this transactionId and answers
    /// euiccCancelSessionSigned (transactionId, the SM-DP+ OID, the reason) signed with SK.EUICC.ECDSA, for the
    /// LPA to hand to the SM-DP+. Without such a session: `invalidTransactionId`. Nothing has been installed
    /// before the last segment of a package, so nothing needs undoing.
    func cancelSession(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(CancelSessionRequest.self, command)
        guard let download = session.download, download.transactionId == request.transactionId else {
            return try Self.encodeResponse(CancelSessionResponse.cancelSessionResponseError(.invalidTransactionId))
        }
        let signed = EuiccCancelSessionSigned(
            transactionId: request.transactionId, smdpOid: download.smdpOid, reason: request.reason)
        let signature = try identity.sign(try signed.derBytes())
        session.download = nil
        return try Self.encodeResponse(
            CancelSessionResponse.cancelSessionResponseOk(
                CancelSessionResponseOk(euiccCancelSessionSigned: signed, euiccCancelSessionSignature: signature)))
    }
}
