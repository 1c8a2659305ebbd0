import Foundation
import SGP22
import SSPPKI

extension ES9PlusService {
    /// The CancelSession reasons after which retrying the same order makes no sense: the order is terminated and
    /// its profile put in `error` for the operator to settle. Any other reason (postponed, timeout,
    /// loadBppExecutionError, undefinedReason, later codes) leaves the order open for a retry.
    static let terminalCancelReasons: Set<Int> = [
        CancelSessionReason.endUserRejection.code, CancelSessionReason.pprNotAllowed.code,
        CancelSessionReason.metadataMismatch.code, CancelSessionReason.enterpriseProfilesNotSupported.code,
        CancelSessionReason.enterpriseRulesNotAllowed.code, CancelSessionReason.enterpriseProfileNotAllowed.code,
        CancelSessionReason.enterpriseOidMismatch.code, CancelSessionReason.enterpriseRulesError.code,
        CancelSessionReason.enterpriseProfilesOnly.code,
    ]

    /// ES9+.CancelSession (SGP.22 section 5.6.5): verifies the eUICC's signed cancellation and ends the session.
    ///
    /// Checks: the session is authenticated (its eUICC certificate is known); euiccCancelSessionSignature over
    /// euiccCancelSessionSigned; the smdpOid is this SM-DP+'s; the signed transactionId is the session's. Then the
    /// session ends, and the order follows the reason: a terminal reason (``terminalCancelReasons``) terminates it
    /// and puts the profile in `error`; any other reason puts a bound profile back to `released` (the eUICC
    /// dropped its keys, so the binding is forgotten) for a retry.
    public func cancelSession(_ request: ES9Plus.CancelSessionRequest) async throws -> ES9Plus.CancelSessionResponse {
        let now = context.clock()
        let transactionId = request.transactionId
        let answer = try Self.decode(
            CancelSessionResponse.self, request.cancelSessionResponse, field: "cancelSessionResponse")
        guard case .cancelSessionResponseOk(let ok) = answer else {
            var reason = "the eUICC answered CancelSession with an error"
            if case .cancelSessionResponseError(let error) = answer { reason += ": \(error)" }
            throw RSPFunctionFailure(StatusCodeData.invalidInputParameter.identifying("cancelSessionResponse"), reason)
        }
        let session = try await activeSession(transactionId, at: now, stages: [.authenticated, .packageBound])
        let key = try Self.euiccPublicKey(session.euiccCertificate)
        let signed = ok.euiccCancelSessionSigned
        guard let signedBytes = try? signed.derBytes(),
            key.isValidSignature(rawBytes: ok.euiccCancelSessionSignature, for: signedBytes)
        else { throw RSPFunctionFailure(.euiccVerificationFailed, "euiccCancelSessionSignature does not verify") }
        guard signed.smdpOid == credentials.smdpOid else {
            throw RSPFunctionFailure(
                .smdpOidInvalidAssociation, "smdpOid \(signed.smdpOid.dotted) is not \(credentials.smdpOid.dotted)")
        }
        guard signed.transactionId == transactionId else {
            throw RSPFunctionFailure(
                .transactionIdUnknown,
                "the cancellation names transaction \(signed.transactionId), not \(transactionId)")
        }
        let reason = signed.reason
        let terminal = Self.terminalCancelReasons.contains(reason.code)
        let wasBound = session.stage == .packageBound
        let order = try await storage.updateSession(transactionId, order: .sessionOrder) { working -> DownloadOrder? in
            guard var session = working.session, session.stage.isActive else { return nil }
            session.end(.cancelled, reason: "cancelled by the eUICC: \(reason)")
            working.session = session
            guard var order = working.order, var profile = working.profile, order.status == .open,
                profile.state == .released || profile.state == .downloaded
            else { return working.order }
            if terminal {
                order.status = .terminated
                profile.state = .error
            } else if profile.state == .downloaded {
                profile.state = .released
            }
            order.binding = nil
            profile.updatedAt = now
            working.order = order
            working.profile = profile
            return order
        }
        if let order {
            let status = FunctionExecutionStatus.failed(
                StatusCodeData(
                    subjectCode: "8.1", reasonCode: "4.2", message: "session cancelled by the eUICC: \(reason)"))
            context.report(order, eid: session.eid, point: wasBound ? .bppInstallation : .bppDownload, status: status)
        }
        return .executedSuccess
    }
}
