import Foundation
import SGP22

extension ES9PlusService {
    /// What the installation-result transaction decided.
    enum InstallationOutcome: Sendable {
        case recorded(order: DownloadOrder?, finalState: ProfileState?)
        case duplicate
    }

    /// ES9+.HandleNotification (SGP.22 section 5.6.4): verifies and records a notification. The function has no
    /// answer body (HTTP 204), so a notification that cannot be verified is logged and dropped, not refused.
    ///
    /// A ProfileInstallationResult is verified with the eUICC certificate of its session (euiccSignPIR over
    /// ProfileInstallationResultData). Success moves the profile to `installed` and completes the order.
    /// Failure puts the profile back to `released` (the package binding forgotten, since the eUICC dropped its
    /// keys) while the order has download attempts left, so the same activation code can be retried, and to
    /// `error` (order terminated) after the last one. The operator hears of both (notification point 4, with the
    /// result as `resultData`). Other notifications are verified with the certificates they carry, chained to a
    /// trusted CI, and recorded.
    public func handleNotification(_ request: ES9Plus.HandleNotificationRequest) async throws {
        let notification = try Self.decode(
            PendingNotification.self, request.pendingNotification, field: "pendingNotification")
        switch notification {
        case .profileInstallationResult(let result):
            try await handleInstallationResult(result, bytes: request.pendingNotification)
        case .otherSignedNotification(let other):
            try await handleOtherNotification(other, bytes: request.pendingNotification)
        }
    }

    func handleInstallationResult(_ result: ProfileInstallationResult, bytes: [UInt8]) async throws {
        let now = context.clock()
        let data = result.profileInstallationResultData
        let transactionId = data.transactionId
        let logger = context.logger.with(transactionId: transactionId)
        guard let session = try await storage.session(transactionId) else {
            logger.warning("installation result for an unknown RSP session dropped")
            return
        }
        guard let key = try? Self.euiccPublicKey(session.euiccCertificate), let signedBytes = try? data.signedBytes(),
            key.isValidSignature(rawBytes: result.euiccSignPIR.signature, for: signedBytes)
        else {
            logger.warning("installation result dropped: euiccSignPIR does not verify")
            return
        }
        let success: Bool
        let summary: String
        switch data.finalResult {
        case .successResult:
            success = true
            summary = "installed"
        case .errorResult(let error):
            success = false
            summary = "installation failed: \(error.bppCommandId), \(error.errorReason)"
        }
        let outcome = try await storage.updateSession(transactionId, order: .sessionOrder) {
            working -> InstallationOutcome in
            guard var session = working.session, session.stage == .packageBound else { return .duplicate }
            session.end(.completed, reason: success ? nil : summary)
            working.session = session
            guard var order = working.order, var profile = working.profile, profile.state == .downloaded else {
                return .recorded(order: working.order, finalState: nil)
            }
            if success {
                profile.state = .installed
                order.status = .completed
                order.binding = nil
            } else if order.downloadAttemptsLeft > 0, order.status == .open {
                profile.state = .released
                order.binding = nil
            } else {
                profile.state = .error
                order.status = .terminated
                order.binding = nil
            }
            profile.updatedAt = now
            working.order = order
            working.profile = profile
            return .recorded(order: order, finalState: profile.state)
        }
        guard case .recorded(let order, let finalState) = outcome else {
            logger.info("repeated installation result ignored")
            return
        }
        _ = try await storage.recordNotification(
            ReceivedNotification(
                receivedAt: now, kind: .profileInstallationResult, eid: session.eid,
                iccid: data.notificationMetadata.iccid.flatMap { try? ICCID($0) }, transactionId: transactionId,
                sequenceNumber: data.notificationMetadata.seqNumber,
                operation: data.notificationMetadata.profileManagementOperation.rawValue,
                notificationAddress: data.notificationMetadata.notificationAddress, success: success,
                pendingNotification: bytes))
        logger.info("\(summary)", metadata: ["profileState": "\(finalState.map(\.rawValue) ?? "unchanged")"])
        if let order {
            let status: FunctionExecutionStatus =
                success
                ? .executedSuccess
                : .failed(StatusCodeData(subjectCode: "8.2", reasonCode: "4.2", message: summary))
            context.report(order, eid: session.eid, point: .bppInstallation, status: status, resultData: bytes)
        }
    }

    func handleOtherNotification(_ notification: OtherSignedNotification, bytes: [UInt8]) async throws {
        let now = context.clock()
        let metadata = notification.tbsOtherNotification
        let euicc: AuthenticatedEUICC
        do {
            euicc = try EUICCChainValidation.verify(
                euiccCertificate: notification.euiccCertificate, eumCertificate: notification.eumCertificate,
                roots: credentials.trustedCIs, at: now)
        } catch {
            context.logger.warning("notification \(metadata.seqNumber) dropped: \(error)")
            return
        }
        guard let signedBytes = try? notification.signedBytes(),
            euicc.publicKey.isValidSignature(rawBytes: notification.euiccNotificationSignature, for: signedBytes)
        else {
            context.logger.warning(
                "notification \(metadata.seqNumber) dropped: euiccNotificationSignature does not verify")
            return
        }
        _ = try await storage.recordNotification(
            ReceivedNotification(
                receivedAt: now, kind: .otherSignedNotification, eid: euicc.eid,
                iccid: metadata.iccid.flatMap { try? ICCID($0) }, transactionId: nil,
                sequenceNumber: metadata.seqNumber, operation: metadata.profileManagementOperation.rawValue,
                notificationAddress: metadata.notificationAddress, success: nil, pendingNotification: bytes))
        context.logger.info(
            "notification recorded",
            metadata: ["eid": "\(euicc.eid)", "seqNumber": "\(metadata.seqNumber)"])
    }
}
