import Foundation
import SGP22

extension ES9PlusService {
    /// What the AuthenticateClient transaction decided.
    enum AuthenticationOutcome: Sendable {
        case sessionGone(String)
        case refused(RSPFunctionFailure, order: DownloadOrder?)
        case accepted(order: DownloadOrder, profile: InventoryProfile, smdpSigned2: [UInt8], smdpSignature2: [UInt8])
    }

    /// ES9+.AuthenticateClient (SGP.22 section 5.6.3): authenticates the eUICC and ties the session to its order.
    ///
    /// Checks, in order: the session is open for authentication; euiccSigned1 names it; the eUICC → EUM → CI chain
    /// (ending in the session's CI, EID in the EUM's range); euiccSignature1; the serverChallenge; the address.
    /// Then, in one transaction: the order of the MatchingID (or, without one, the pending order of the EID) is
    /// open, bound to no other EID, not expired, has download attempts left and its profile is released (or
    /// downloaded, for a retry); the order is bound to the EID and the session moves on. Answers the profile
    /// metadata and smdpSigned2, signed with SK.DPpb.ECDSA over smdpSigned2 ‖ the euiccSignature1 TLV.
    public func authenticateClient(
        _ request: ES9Plus.AuthenticateClientRequest
    ) async throws -> ES9Plus.AuthenticateClientResponse {
        let now = context.clock()
        let transactionId = request.transactionId
        let answer = try Self.decode(
            AuthenticateServerResponse.self, request.authenticateServerResponse, field: "authenticateServerResponse")
        guard case .authenticateResponseOk(let ok) = answer else {
            if case .authenticateResponseError(let error) = answer {
                throw RSPFunctionFailure(
                    .euiccVerificationFailed,
                    "the eUICC refused AuthenticateServer with \(error.authenticateErrorCode)")
            }
            throw RSPFunctionFailure(.euiccVerificationFailed)
        }
        let session = try await activeSession(transactionId, at: now, stages: [.initiated])
        let signed = ok.euiccSigned1
        guard signed.transactionId == transactionId else {
            throw RSPFunctionFailure(
                .transactionIdUnknown, "euiccSigned1 names transaction \(signed.transactionId), not \(transactionId)")
        }
        guard let ci = credentials.trustedCI(keyIdentifier: session.ciKeyIdentifier) else {
            throw RSPFunctionFailure(.ciPublicKeyUnknown, "the session's CI is no longer trusted")
        }
        let euicc = try EUICCChainValidation.verify(
            euiccCertificate: ok.euiccCertificate, eumCertificate: ok.eumCertificate, roots: [ci], at: now)
        guard let signedBytes = try? signed.signedBytes(),
            euicc.publicKey.isValidSignature(rawBytes: ok.euiccSignature1, for: signedBytes)
        else { throw RSPFunctionFailure(.euiccVerificationFailed, "euiccSignature1 does not verify") }
        guard signed.serverChallenge == session.serverChallenge else {
            throw RSPFunctionFailure(.euiccVerificationFailed, "euiccSigned1 carries another serverChallenge")
        }
        guard settings.isOwnAddress(signed.serverAddress) else {
            throw RSPFunctionFailure(.smdpAddressRefused, "euiccSigned1 names SM-DP+ \(signed.serverAddress)")
        }

        let matchingId: String?
        switch signed.ctxParams1 {
        case .ctxParamsForCommonAuthentication(let parameters):
            matchingId = parameters.matchingId.flatMap { $0.isEmpty ? nil : $0 }
        }
        let lookup: OrderLookup = matchingId.map { .matchingId($0) } ?? .pendingForEID(euicc.eid)
        let eid = euicc.eid
        let certificate = euicc.certificate.derBytes
        let euiccSignature1 = ok.euiccSignature1
        let signingKey = credentials.dpPb.privateKey

        let outcome = try await storage.updateSession(transactionId, order: lookup) {
            working -> AuthenticationOutcome in
            guard var session = working.session, session.stage == .initiated, !session.isExpired(at: now) else {
                return .sessionGone("the RSP session \(transactionId) is no longer open for authentication")
            }
            guard var order = working.order, var profile = working.profile else {
                let reason =
                    matchingId == nil
                    ? "no download order is pending for EID \(eid)" : "MatchingID \(matchingId ?? "") is unknown"
                return .refused(RSPFunctionFailure(.matchingIdRefused, reason), order: nil)
            }
            if let failure = Self.eligibilityFailure(order: order, profile: profile, eid: eid, now: now) {
                return .refused(failure, order: order)
            }
            order.downloadAttemptsLeft -= 1
            order.eid = eid
            // A package already delivered for the order may be reused: announce the key it is bound to.
            let retryKey = profile.state == .downloaded ? order.binding?.euiccOtpk : nil
            let smdpSigned2 = SmdpSigned2(
                transactionId: transactionId, ccRequiredFlag: order.requiresConfirmationCode, bppEuiccOtpk: retryKey)
            let signature = try signingKey.rawSignature(
                for: try smdpSigned2.signedBytes(euiccSignature1: euiccSignature1)
            ).rawBytes
            session.stage = .authenticated
            session.eid = eid
            session.euiccCertificate = certificate
            session.orderId = order.id
            session.confirmationCodeRequired = order.requiresConfirmationCode
            session.smdpSignature2 = signature
            session.bppEuiccOtpk = retryKey
            profile.updatedAt = now
            working.session = session
            working.order = order
            return .accepted(
                order: order, profile: profile, smdpSigned2: try smdpSigned2.derBytes(), smdpSignature2: signature)
        }

        switch outcome {
        case .sessionGone(let reason):
            throw RSPFunctionFailure(.transactionIdUnknown, reason)
        case .refused(let failure, let order):
            if let order {
                context.report(order, eid: eid, point: .eligibilityAndRetryLimitCheck, status: failure.status)
            }
            throw failure
        case .accepted(let order, let profile, let smdpSigned2, let smdpSignature2):
            context.report(order, eid: eid, point: .eligibilityAndRetryLimitCheck, status: .executedSuccess)
            let metadata = profile.storeMetadataRequest(notificationAddress: settings.address)
            return ES9Plus.AuthenticateClientResponse(
                transactionId: transactionId, profileMetadata: try metadata.derBytes(),
                smdpSigned2: smdpSigned2, smdpSignature2: try Self.signatureTLV(smdpSignature2),
                smdpCertificate: credentials.dpPb.certificate.derBytes)
        }
    }

    /// Why an order may not be downloaded by `eid` now, or `nil` if it may.
    static func eligibilityFailure(
        order: DownloadOrder, profile: InventoryProfile, eid: EID, now: Date
    ) -> RSPFunctionFailure? {
        guard order.status == .open else {
            return RSPFunctionFailure(.matchingIdRefused, "the download order is \(order.status.rawValue)")
        }
        if let bound = order.eid, bound != eid {
            return RSPFunctionFailure(.eidRefused, "the download order is bound to another eUICC")
        }
        guard now < order.expiresAt else { return RSPFunctionFailure(.downloadOrderExpired) }
        switch profile.state {
        case .released:
            break
        case .downloaded where order.binding != nil:
            break
        case .confirmed, .allocated, .linked:
            return RSPFunctionFailure(.profileNotReleased)
        default:
            return RSPFunctionFailure(
                .matchingIdRefused, "the order's profile is \(profile.state.rawValue) and cannot be downloaded")
        }
        guard order.downloadAttemptsLeft > 0 else { return RSPFunctionFailure(.downloadOrderRetriesExceeded) }
        return nil
    }
}
