import Foundation
import SGP22

/// The SM-DP+ side of ES2+ (SGP.22 section 5.3): the operator's DownloadOrder, ConfirmOrder, CancelOrder and
/// ReleaseProfile, as plain async functions from the JSON request types to the JSON response types.
///
/// Each function is one storage transaction, so two operators (or two calls of one) racing for a profile cannot
/// both get it. Protocol failures are thrown as ``RSPFunctionFailure``.
public struct ES2PlusService: Sendable {
    /// Storage, credentials, settings and clock.
    public let context: SMDPContext

    /// A service over `context`.
    public init(context: SMDPContext) {
        self.context = context
    }

    var storage: any SMDPStorage { context.storage }
    var settings: SMDPSettings { context.settings }

    /// ES2+.DownloadOrder: reserves a profile, by ICCID or by type, for an EID or for whoever confirms it.
    ///
    /// The profile moves from `available` to `linked` (EID given) or `allocated`. An ICCID names one profile,
    /// which must be available and of the type given, if any; a type alone takes the oldest available profile.
    public func downloadOrder(_ request: ES2Plus.DownloadOrderRequest) async throws -> ES2Plus.DownloadOrderResponse {
        let requester = try authorize(request.header)
        if let eid = request.eid { try Self.checkEID(eid) }
        let selection: ProfileSelection
        if let iccid = request.iccid {
            selection = .iccid(iccid)
        } else if let type = request.profileType {
            guard try await storage.profileTypes().contains(type) else {
                throw RSPFunctionFailure(StatusCodeData.profileTypeUnknown.identifying(type))
            }
            selection = .profileType(type)
        } else {
            throw RSPFunctionFailure(
                StatusCodeData.conditionalInputParameterMissing.identifying("iccid"),
                "DownloadOrder needs an ICCID or a profileType")
        }
        let now = context.clock()
        let limits = settings.limits
        do {
            let order = try await storage.placeOrder(selecting: selection) { profile in
                guard profile.state == .available else {
                    throw RSPFunctionFailure(
                        StatusCodeData.iccidAlreadyInUse.identifying(profile.iccid.digits),
                        "the profile is \(profile.state.rawValue)")
                }
                if let type = request.profileType, type != profile.profileType {
                    throw RSPFunctionFailure(
                        StatusCodeData.profileTypeMismatch.identifying(type),
                        "profile \(profile.iccid) is of type \(profile.profileType)")
                }
                profile.state = request.eid == nil ? .allocated : .linked
                profile.updatedAt = now
                return DownloadOrder(
                    id: UUID().uuidString, iccid: profile.iccid, profileType: profile.profileType,
                    requester: requester, eid: request.eid, confirmationAttemptsLeft: limits.confirmationCodeAttempts,
                    downloadAttemptsLeft: limits.downloadAttempts, createdAt: now,
                    expiresAt: now.addingTimeInterval(limits.orderLifetime))
            }
            return ES2Plus.DownloadOrderResponse(iccid: order.iccid)
        } catch SMDPStorageError.profileNotFound(let iccid) {
            throw RSPFunctionFailure(StatusCodeData.iccidUnknown.identifying(iccid.digits))
        } catch SMDPStorageError.noAvailableProfile(let type) {
            throw RSPFunctionFailure(StatusCodeData.profileTypeUnavailable.identifying(type))
        }
    }

    /// ES2+.ConfirmOrder: completes an order with the EID, the MatchingID and the confirmation code, and
    /// releases it when `releaseFlag` is set.
    ///
    /// A MatchingID that is not given is generated (``MatchingIdGenerator``); every MatchingID is unique over all
    /// orders ever placed. Only the code's SHA-256 is stored. The profile moves from `allocated` or `linked` to
    /// `released` or `confirmed`. An SM-DS address is refused as "SM-DS inaccessible": this SM-DP+ registers no
    /// SM-DS events, and an order whose event nobody registers would never be found.
    public func confirmOrder(_ request: ES2Plus.ConfirmOrderRequest) async throws -> ES2Plus.ConfirmOrderResponse {
        let requester = try authorize(request.header)
        if let eid = request.eid { try Self.checkEID(eid) }
        if let matchingId = request.matchingId {
            guard MatchingIdGenerator.isValid(matchingId) else {
                throw RSPFunctionFailure(
                    StatusCodeData.invalidInputParameter.identifying("matchingId"),
                    "a MatchingID is 1 to 255 characters of A-Z, 0-9 and '-'")
            }
            if let existing = try await storage.order(matchingId: matchingId), existing.iccid != request.iccid {
                throw RSPFunctionFailure(StatusCodeData.matchingIdAlreadyInUse.identifying(matchingId))
            }
        }
        if let smdsAddress = request.smdsAddress {
            throw RSPFunctionFailure(
                StatusCodeData.smdsInaccessible.identifying(smdsAddress),
                "this SM-DP+ does not register SM-DS events")
        }
        var codeHash: [UInt8]?
        if let code = request.confirmationCode {
            guard !code.isEmpty, code.utf8.count <= 64 else {
                throw RSPFunctionFailure(
                    StatusCodeData.invalidInputParameter.identifying("confirmationCode"),
                    "a confirmation code is 1 to 64 characters")
            }
            codeHash = ConfirmationCode.hash(of: code)
        }
        let matchingId = request.matchingId ?? MatchingIdGenerator.generate()
        let now = context.clock()
        let hash = codeHash
        do {
            let order = try await storage.updateProfile(iccid: request.iccid) { working -> DownloadOrder in
                guard var profile = working.profile, var order = working.order, order.status == .open else {
                    throw RSPFunctionFailure(
                        StatusCodeData.iccidInvalidTransition.identifying(request.iccid.digits),
                        "the profile has no open download order")
                }
                guard order.requester == requester else {
                    throw RSPFunctionFailure(StatusCodeData.iccidNotAllowed.identifying(request.iccid.digits))
                }
                guard profile.state == .allocated || profile.state == .linked else {
                    throw RSPFunctionFailure(
                        StatusCodeData.iccidAlreadyInUse.identifying(request.iccid.digits),
                        "the profile is \(profile.state.rawValue)")
                }
                if let eid = request.eid {
                    if let bound = order.eid, bound != eid {
                        throw RSPFunctionFailure(StatusCodeData.eidInvalidAssociation.identifying(eid.digits))
                    }
                    order.eid = eid
                }
                order.matchingId = matchingId
                order.confirmationCodeHash = hash
                profile.state = request.releaseFlag ? .released : .confirmed
                profile.updatedAt = now
                working.order = order
                working.profile = profile
                return order
            }
            return ES2Plus.ConfirmOrderResponse(eid: order.eid, matchingId: matchingId, smdpAddress: settings.address)
        } catch SMDPStorageError.profileNotFound(let iccid) {
            throw RSPFunctionFailure(StatusCodeData.iccidUnknown.identifying(iccid.digits))
        } catch SMDPStorageError.duplicateMatchingId {
            throw RSPFunctionFailure(StatusCodeData.matchingIdAlreadyInUse.identifying(matchingId))
        }
    }

    /// ES2+.CancelOrder: ends an order that has not been downloaded; the profile becomes `available` or
    /// `unavailable` as `finalProfileStatusIndicator` says. Allowed from `allocated`, `linked`, `confirmed`,
    /// `released` and `error`. Sessions of the order fail at their next step.
    public func cancelOrder(_ request: ES2Plus.CancelOrderRequest) async throws -> ES2Plus.CancelOrderResponse {
        let requester = try authorize(request.header)
        let now = context.clock()
        try await updateOrder(request.iccid, requester: requester) { working in
            guard var profile = working.profile, var order = working.order else { return }
            if let eid = request.eid, let bound = order.eid, bound != eid {
                throw RSPFunctionFailure(StatusCodeData.iccidInvalidAssociation.identifying(request.iccid.digits))
            }
            if let matchingId = request.matchingId, order.matchingId != matchingId {
                throw RSPFunctionFailure(StatusCodeData.matchingIdInvalidAssociation.identifying(matchingId))
            }
            guard profile.state.isCancellable, order.status == .open || order.status == .terminated else {
                throw RSPFunctionFailure(
                    StatusCodeData.iccidInvalidTransition.identifying(request.iccid.digits),
                    "the order of a \(profile.state.rawValue) profile cannot be cancelled")
            }
            order.status = .cancelled
            order.binding = nil
            profile.state = request.finalProfileStatusIndicator == .available ? .available : .unavailable
            profile.updatedAt = now
            working.order = order
            working.profile = profile
        }
        return .executedSuccess
    }

    /// ES2+.ReleaseProfile: lets a confirmed order be downloaded (`confirmed` → `released`).
    public func releaseProfile(_ request: ES2Plus.ReleaseProfileRequest) async throws -> ES2Plus.ReleaseProfileResponse
    {
        let requester = try authorize(request.header)
        let now = context.clock()
        try await updateOrder(request.iccid, requester: requester) { working in
            guard var profile = working.profile, working.order?.status == .open, profile.state == .confirmed else {
                throw RSPFunctionFailure(
                    StatusCodeData.iccidInvalidTransition.identifying(request.iccid.digits),
                    "only a confirmed profile can be released, this one is \(working.profile?.state.rawValue ?? "?")")
            }
            profile.state = .released
            profile.updatedAt = now
            working.profile = profile
        }
        return .executedSuccess
    }

    /// Runs `body` on the profile and its latest order after checking that the order is the caller's.
    private func updateOrder(
        _ iccid: ICCID, requester: String, _ body: @escaping @Sendable (inout StorageWorkingSet) throws -> Void
    ) async throws {
        do {
            try await storage.updateProfile(iccid: iccid) { working in
                guard let order = working.order else {
                    throw RSPFunctionFailure(
                        StatusCodeData.iccidInvalidTransition.identifying(iccid.digits), "the profile has no order")
                }
                guard order.requester == requester else {
                    throw RSPFunctionFailure(StatusCodeData.iccidNotAllowed.identifying(iccid.digits))
                }
                try body(&working)
            }
        } catch SMDPStorageError.profileNotFound(let iccid) {
            throw RSPFunctionFailure(StatusCodeData.iccidUnknown.identifying(iccid.digits))
        }
    }

    /// The caller's identifier, if the SM-DP+ accepts it.
    func authorize(_ header: RequestHeader) throws(RSPFunctionFailure) -> String {
        let requester = header.functionRequesterIdentifier
        guard settings.allowedRequesters.isEmpty || settings.allowedRequesters.contains(requester) else {
            throw RSPFunctionFailure(StatusCodeData.functionRequesterUnknown.identifying(requester))
        }
        return requester
    }

    /// The JSON layer reads EIDs leniently; an order for an EID with wrong check digits is refused here.
    static func checkEID(_ eid: EID) throws(RSPFunctionFailure) {
        guard eid.hasValidCheckDigits, eid.digits.hasPrefix(EID.prefix) else {
            throw RSPFunctionFailure(
                StatusCodeData.invalidInputParameter.identifying("eid"), "\(eid) has wrong check digits or prefix")
        }
    }
}
