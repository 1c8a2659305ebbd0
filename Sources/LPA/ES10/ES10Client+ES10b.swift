import SGP22

/// ES10b: what the LPA's download part asks of the eUICC (SGP.22 §5.7.5-§5.7.14).
extension ES10Client {
    /// ES10b.GetEUICCChallenge: a fresh 16-byte challenge for mutual authentication.
    public func getEUICCChallenge() async throws(ES10Error) -> [UInt8] {
        let challenge = try await call(
            .getEuiccChallenge, GetEuiccChallengeRequest(), as: GetEuiccChallengeResponse.self
        ).response.euiccChallenge
        guard challenge.count == 16 else {
            throw .malformedResponse(
                function: .getEuiccChallenge, reason: "the challenge has \(challenge.count) bytes, not 16")
        }
        return challenge
    }

    /// ES10b.GetEUICCInfo (EUICCInfo1): the versions and CI keys the eUICC supports, with the bytes that go
    /// into ES9+.InitiateAuthentication.
    public func getEUICCInfo1() async throws(ES10Error) -> ES10Answer<EUICCInfo1> {
        let (info, bytes) = try await call(.getEuiccInfo1, GetEuiccInfo1Request(), as: EUICCInfo1.self)
        return ES10Answer(value: info, derBytes: bytes)
    }

    /// ES10b.GetEUICCInfo (EUICCInfo2): the eUICC's full description.
    public func getEUICCInfo2() async throws(ES10Error) -> EUICCInfo2 {
        try await call(.getEuiccInfo2, GetEuiccInfo2Request(), as: EUICCInfo2.self).response
    }

    /// ES10b.AuthenticateServer: the eUICC checks the SM-DP+ and signs its own answer.
    ///
    /// - Returns: the eUICC's signed answer and the `BF38` bytes for ES9+.AuthenticateClient.
    /// - Throws: ``ES10Error/authenticateServerRefused(_:response:)`` with the error answer, which SGP.22 has the
    ///   LPA relay to the SM-DP+ as well.
    public func authenticateServer(
        _ request: AuthenticateServerRequest
    ) async throws(ES10Error) -> ES10Answer<AuthenticateResponseOk> {
        let (response, bytes) = try await call(.authenticateServer, request, as: AuthenticateServerResponse.self)
        switch response {
        case .authenticateResponseOk(let ok):
            return ES10Answer(value: ok, derBytes: bytes)
        case .authenticateResponseError(let error):
            throw .authenticateServerRefused(error.authenticateErrorCode, response: bytes)
        }
    }

    /// ES10b.PrepareDownload: the eUICC checks the SM-DP+'s binding certificate and makes its one-time key.
    ///
    /// - Returns: the signed answer and the `BF21` bytes for ES9+.GetBoundProfilePackage.
    /// - Throws: ``ES10Error/prepareDownloadRefused(_:response:)`` with the error answer to relay.
    public func prepareDownload(
        _ request: PrepareDownloadRequest
    ) async throws(ES10Error) -> ES10Answer<PrepareDownloadResponseOk> {
        let (response, bytes) = try await call(.prepareDownload, request, as: PrepareDownloadResponse.self)
        switch response {
        case .downloadResponseOk(let ok):
            return ES10Answer(value: ok, derBytes: bytes)
        case .downloadResponseError(let error):
            throw .prepareDownloadRefused(error.downloadErrorCode, response: bytes)
        }
    }

    /// ES10b.CancelSession: the eUICC ends the session and signs why, for ES9+.CancelSession.
    public func cancelSession(
        transactionId: TransactionId, reason: CancelSessionReason
    ) async throws(ES10Error) -> ES10Answer<CancelSessionResponseOk> {
        let (response, bytes) = try await call(
            .cancelSession, CancelSessionRequest(transactionId: transactionId, reason: reason),
            as: CancelSessionResponse.self)
        switch response {
        case .cancelSessionResponseOk(let ok):
            return ES10Answer(value: ok, derBytes: bytes)
        case .cancelSessionResponseError(let error):
            throw .cancelSessionRefused(error)
        }
    }

    /// ES10b.GetRAT: the Rules Authorisation Table, which says which operators may set which profile policy
    /// rules and whether the user must consent to them.
    public func getRAT() async throws(ES10Error) -> RulesAuthorisationTable {
        try await call(.getRat, GetRatRequest(), as: GetRatResponse.self).response.rat
    }
}
