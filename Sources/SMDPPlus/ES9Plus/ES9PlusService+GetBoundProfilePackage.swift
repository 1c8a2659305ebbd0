import Crypto
import Foundation
import SGP22

extension ES9PlusService {
    /// What the confirmation code transaction decided.
    enum ConfirmationOutcome: Sendable {
        case accepted
        case wrong(order: DownloadOrder)
        case exhausted(order: DownloadOrder)
        case locked
    }

    /// What the delivery transaction decided.
    enum DeliveryOutcome: Sendable {
        case delivered(order: DownloadOrder, package: [UInt8])
        case alreadyDelivered([UInt8])
        case refused(RSPFunctionFailure)
    }

    /// ES9+.GetBoundProfilePackage (SGP.22 section 5.6.2): verifies the eUICC's one-time key, checks the
    /// confirmation code, binds the profile and delivers the Bound Profile Package.
    ///
    /// Checks, in order: the session is authenticated (or already has its package); euiccSigned2 names it;
    /// euiccSignature2 over euiccSigned2 ‖ the smdpSignature2 TLV; the order is open and not expired; the
    /// confirmation code (each wrong one counted; the last allowed one locks the order). A session that already
    /// has its package answers the same package to the same eUICC key. The package is built outside the database
    /// and delivered by one transaction that finds the profile as it was read: of two concurrent requests for one
    /// order only one binds it; the other gets the first's package (same session and key) or "BPP not available
    /// for a new binding".
    public func getBoundProfilePackage(
        _ request: ES9Plus.GetBoundProfilePackageRequest
    ) async throws -> ES9Plus.GetBoundProfilePackageResponse {
        let now = context.clock()
        let transactionId = request.transactionId
        let answer = try Self.decode(
            PrepareDownloadResponse.self, request.prepareDownloadResponse, field: "prepareDownloadResponse")
        guard case .downloadResponseOk(let ok) = answer else {
            var reason = "the eUICC answered PrepareDownload with an error"
            if case .downloadResponseError(let error) = answer { reason += ": \(error.downloadErrorCode)" }
            throw RSPFunctionFailure(
                StatusCodeData.invalidInputParameter.identifying("prepareDownloadResponse"), reason)
        }
        let session = try await activeSession(transactionId, at: now, stages: [.authenticated, .packageBound])
        let signed = ok.euiccSigned2
        guard signed.transactionId == transactionId else {
            throw RSPFunctionFailure(
                .transactionIdUnknown, "euiccSigned2 names transaction \(signed.transactionId), not \(transactionId)")
        }
        let key = try Self.euiccPublicKey(session.euiccCertificate)
        guard let smdpSignature2 = session.smdpSignature2,
            let signedBytes = try? signed.signedBytes(smdpSignature2: smdpSignature2),
            key.isValidSignature(rawBytes: ok.euiccSignature2, for: signedBytes)
        else { throw RSPFunctionFailure(.euiccVerificationFailed, "euiccSignature2 does not verify") }
        let euiccOtpk = signed.euiccOtpk

        if session.stage == .packageBound {
            guard session.euiccOtpk == euiccOtpk, let package = session.boundProfilePackage else {
                throw RSPFunctionFailure(
                    .bppNotAvailableForRebinding, "this session's package is bound to another eUICC one-time key")
            }
            return ES9Plus.GetBoundProfilePackageResponse(transactionId: transactionId, boundProfilePackage: package)
        }
        guard let orderId = session.orderId, let eid = session.eid, let order = try await storage.order(id: orderId),
            let profile = try await storage.profile(iccid: order.iccid)
        else { throw RSPFunctionFailure(.transactionIdUnknown, "the RSP session \(transactionId) has no order") }
        if let failure = Self.deliveryFailure(order: order, profile: profile, now: now) {
            context.report(order, eid: eid, point: .bppDownload, status: failure.status)
            throw failure
        }
        if order.requiresConfirmationCode {
            try await checkConfirmationCode(signed.hashCc, transactionId: transactionId, order: order, now: now)
        }
        let reused = try Self.reusableBinding(
            order: order, profile: profile, session: session, euiccOtpk: euiccOtpk,
            rebinds: settings.rebindsOnNewEUICCKey)
        let (package, oneTimeKey) = try await bind(
            reusing: reused, transactionId: transactionId, euiccOtpk: euiccOtpk, eid: eid, profile: profile)
        let packageBytes = try package.derBytes()
        let binding = ProfileBinding(
            euiccOtpk: euiccOtpk, smdpOneTimePrivateKey: Array(oneTimeKey.rawRepresentation),
            boundProfilePackage: packageBytes)
        let readBinding = order.binding
        let readState = profile.state

        let outcome = try await storage.updateSession(transactionId, order: .sessionOrder) {
            working -> DeliveryOutcome in
            guard var session = working.session else {
                return .refused(RSPFunctionFailure(.transactionIdUnknown))
            }
            if session.stage == .packageBound, session.euiccOtpk == euiccOtpk,
                let delivered = session.boundProfilePackage
            {
                return .alreadyDelivered(delivered)
            }
            guard session.stage == .authenticated, !session.isExpired(at: now) else {
                return .refused(RSPFunctionFailure(.transactionIdUnknown, "the RSP session ended meanwhile"))
            }
            guard var order = working.order, var profile = working.profile, order.status == .open,
                order.binding == readBinding, profile.state == readState
            else {
                return .refused(
                    RSPFunctionFailure(
                        .bppNotAvailableForRebinding, "the profile was bound in another session meanwhile"))
            }
            session.stage = .packageBound
            session.euiccOtpk = euiccOtpk
            session.smdpOneTimePrivateKey = binding.smdpOneTimePrivateKey
            session.boundProfilePackage = packageBytes
            order.binding = binding
            profile.state = .downloaded
            profile.updatedAt = now
            working = StorageWorkingSet(session: session, order: order, profile: profile)
            return .delivered(order: order, package: packageBytes)
        }
        switch outcome {
        case .delivered(let order, let package):
            context.report(order, eid: eid, point: .bppDownload, status: .executedSuccess)
            return ES9Plus.GetBoundProfilePackageResponse(transactionId: transactionId, boundProfilePackage: package)
        case .alreadyDelivered(let package):
            return ES9Plus.GetBoundProfilePackageResponse(transactionId: transactionId, boundProfilePackage: package)
        case .refused(let failure):
            throw failure
        }
    }

    /// Why the order's package may not be delivered now, or `nil`.
    static func deliveryFailure(order: DownloadOrder, profile: InventoryProfile, now: Date) -> RSPFunctionFailure? {
        guard order.status == .open else {
            return RSPFunctionFailure(.matchingIdRefused, "the download order is \(order.status.rawValue)")
        }
        guard now < order.expiresAt else { return RSPFunctionFailure(.downloadOrderExpired) }
        guard profile.state == .released || profile.state == .downloaded else {
            return RSPFunctionFailure(
                .matchingIdRefused, "the order's profile is \(profile.state.rawValue) and cannot be downloaded")
        }
        return nil
    }

    /// The earlier binding to reuse for a retry, `nil` for a fresh binding, or the refusal.
    static func reusableBinding(
        order: DownloadOrder, profile: InventoryProfile, session: RSPSession, euiccOtpk: [UInt8], rebinds: Bool
    ) throws(RSPFunctionFailure) -> ProfileBinding? {
        guard profile.state == .downloaded else { return nil }
        guard let binding = order.binding, let announced = session.bppEuiccOtpk, announced == binding.euiccOtpk else {
            throw RSPFunctionFailure(.bppNotAvailableForRebinding, "the profile was bound in another session")
        }
        if binding.euiccOtpk == euiccOtpk { return binding }
        guard rebinds else {
            throw RSPFunctionFailure(
                .bppNotAvailableForRebinding, "the eUICC no longer has the key the package is bound to")
        }
        return nil
    }

    /// Counts a wrong confirmation code atomically; the last allowed one locks the order and its profile.
    func checkConfirmationCode(
        _ hashCc: [UInt8]?, transactionId: TransactionId, order: DownloadOrder, now: Date
    ) async throws {
        guard let hashCc else {
            let failure = RSPFunctionFailure(.confirmationCodeMissing)
            context.report(order, point: .confirmationFailure, status: failure.status)
            throw failure
        }
        let outcome = try await storage.updateSession(transactionId, order: .sessionOrder) {
            working -> ConfirmationOutcome in
            guard var order = working.order, let codeHash = order.confirmationCodeHash else { return .accepted }
            guard order.status == .open, order.confirmationAttemptsLeft > 0 else { return .locked }
            if ConfirmationCode.matches(hashCc, codeHash: codeHash, transactionId: transactionId) { return .accepted }
            order.confirmationAttemptsLeft -= 1
            guard order.confirmationAttemptsLeft == 0 else {
                working.order = order
                return .wrong(order: order)
            }
            order.status = .terminated
            working.order = order
            if var profile = working.profile, profile.state.canMove(to: .error) {
                profile.state = .error
                profile.updatedAt = now
                working.profile = profile
            }
            working.session?.end(.cancelled, reason: "confirmation code attempts exhausted")
            return .exhausted(order: order)
        }
        switch outcome {
        case .accepted:
            return
        case .wrong(let order):
            let failure = RSPFunctionFailure(
                .confirmationCodeRefused, "wrong confirmation code, \(order.confirmationAttemptsLeft) attempts left")
            context.report(order, point: .confirmationFailure, status: failure.status)
            throw failure
        case .exhausted(let order):
            let failure = RSPFunctionFailure(.confirmationCodeRetriesExceeded)
            context.report(order, point: .confirmationFailure, status: failure.status)
            throw failure
        case .locked:
            throw RSPFunctionFailure(.confirmationCodeRetriesExceeded)
        }
    }

    /// Builds the package: anew, or from an earlier binding with InitialiseSecureChannel signed for this session.
    func bind(
        reusing previous: ProfileBinding?, transactionId: TransactionId, euiccOtpk: [UInt8], eid: EID,
        profile: InventoryProfile
    ) async throws -> (BoundProfilePackage, P256.KeyAgreement.PrivateKey) {
        if let previous {
            let oneTimeKey = try P256.KeyAgreement.PrivateKey(rawRepresentation: previous.smdpOneTimePrivateKey)
            let package = try packageBuilder.rebind(
                try BoundProfilePackage(derBytes: previous.boundProfilePackage), transactionId: transactionId,
                oneTimeKey: oneTimeKey, euiccOtpk: euiccOtpk)
            return (package, oneTimeKey)
        }
        guard let profilePackage = try await storage.profilePackage(iccid: profile.iccid) else {
            throw RSPFunctionFailure(
                .functionProviderExecutionError, "the package of profile \(profile.iccid) is missing")
        }
        let (package, oneTimeKey) = try packageBuilder.bind(
            transactionId: transactionId, euiccOtpk: euiccOtpk, eid: eid,
            metadata: profile.storeMetadataRequest(notificationAddress: settings.address),
            profilePackage: profilePackage)
        return (package, oneTimeKey)
    }
}
