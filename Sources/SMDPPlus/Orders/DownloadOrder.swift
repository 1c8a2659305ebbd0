import Foundation
import SGP22

/// An operator's download order for one profile (ES2+ DownloadOrder, completed by ConfirmOrder).
public struct DownloadOrder: Hashable, Sendable {
    /// The SM-DP+'s own identifier of the order.
    public var id: String
    /// The profile reserved for the order.
    public var iccid: ICCID
    /// The profile's type.
    public var profileType: String
    /// The `functionRequesterIdentifier` of the operator that placed the order; only it may act on the order.
    public var requester: String
    /// The eUICC the order is bound to: named by the operator, or the first eUICC that authenticated with the
    /// MatchingID.
    public var eid: EID?
    /// The MatchingID (AC_Token), set by ConfirmOrder; unique over all orders ever placed.
    public var matchingId: String?
    /// SHA-256 of the confirmation code, when the order needs one (the code itself is never stored).
    public var confirmationCodeHash: [UInt8]?
    /// Wrong confirmation codes still tolerated before the order is locked.
    public var confirmationAttemptsLeft: Int
    /// RSP sessions (AuthenticateClient calls) still allowed for the order.
    public var downloadAttemptsLeft: Int
    /// The SM-DS the operator named in ConfirmOrder, if any.
    public var smdsAddress: String?
    /// Where the order stands.
    public var status: OrderStatus
    /// When the order was placed.
    public var createdAt: Date
    /// When the order stops being downloadable.
    public var expiresAt: Date
    /// The package delivered for the order, kept for a retry until the order ends.
    public var binding: ProfileBinding?

    /// Builds an order.
    public init(
        id: String, iccid: ICCID, profileType: String, requester: String, eid: EID? = nil, matchingId: String? = nil,
        confirmationCodeHash: [UInt8]? = nil, confirmationAttemptsLeft: Int, downloadAttemptsLeft: Int,
        smdsAddress: String? = nil, status: OrderStatus = .open, createdAt: Date, expiresAt: Date,
        binding: ProfileBinding? = nil
    ) {
        self.id = id
        self.iccid = iccid
        self.profileType = profileType
        self.requester = requester
        self.eid = eid
        self.matchingId = matchingId
        self.confirmationCodeHash = confirmationCodeHash
        self.confirmationAttemptsLeft = confirmationAttemptsLeft
        self.downloadAttemptsLeft = downloadAttemptsLeft
        self.smdsAddress = smdsAddress
        self.status = status
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.binding = binding
    }

    /// Whether the end user must enter a confirmation code.
    public var requiresConfirmationCode: Bool { confirmationCodeHash != nil }
}
