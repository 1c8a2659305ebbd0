import SGP22

extension ProfileDownloader {
    /// An RSP session the eUICC has accepted: what is needed to cancel it on both sides.
    struct Session: Sendable {
        let downloader: ProfileDownloader
        let transactionId: TransactionId
        let address: String
        let progress: @Sendable (DownloadProgress) -> Void

        /// Cancels the session and returns the error to throw.
        func fail(
            _ failure: DownloadError.Failure, step: DownloadStep, reason: CancelSessionReason
        ) async -> DownloadError {
            let cancellation = await cancel(reason: reason)
            downloader.logger.notice(
                "download failed while \(step); \(cancellation)", metadata: ["transactionId": "\(transactionId)"])
            return DownloadError(failure, step: step, transactionId: transactionId, cancellation: cancellation)
        }

        /// ES10b.CancelSession, then ES9+.CancelSession with the eUICC's signed answer.
        func cancel(reason: CancelSessionReason) async -> SessionCancellation {
            progress(.cancelling(reason))
            let signed: ES10Answer<CancelSessionResponseOk>
            do {
                signed = try await downloader.card.cancelSession(transactionId: transactionId, reason: reason)
            } catch {
                return SessionCancellation(reason: reason, cardError: error, serverError: nil)
            }
            do {
                _ = try await downloader.server.call(
                    ES9Plus.CancelSessionRequest(transactionId: transactionId, cancelSessionResponse: signed.derBytes),
                    at: address)
            } catch {
                return SessionCancellation(reason: reason, cardError: nil, serverError: error)
            }
            return SessionCancellation(reason: reason, cardError: nil, serverError: nil)
        }
    }
}
