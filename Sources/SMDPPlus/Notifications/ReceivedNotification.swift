import Foundation
import SGP22

/// A notification an eUICC sent through ES9+ HandleNotification, kept after its signature was verified.
public struct ReceivedNotification: Hashable, Sendable {
    /// The kinds SGP.22 v2 distinguishes.
    public enum Kind: String, Codable, Hashable, Sendable {
        /// ProfileInstallationResult (`BF37`), signed with euiccSignPIR.
        case profileInstallationResult
        /// OtherSignedNotification (enable, disable, delete), signed with euiccNotificationSignature.
        case otherSignedNotification
    }

    /// The storage's row number (`nil` before it is stored).
    public var id: Int64?
    /// When the SM-DP+ received it.
    public var receivedAt: Date
    /// Which kind it is.
    public var kind: Kind
    /// The eUICC that signed it.
    public var eid: EID?
    /// The profile it is about, when the metadata names one.
    public var iccid: ICCID?
    /// The RSP session, for an installation result.
    public var transactionId: TransactionId?
    /// The eUICC's sequence number.
    public var sequenceNumber: Int
    /// The operation bits (`NotificationEvent`).
    public var operation: UInt64
    /// The address the eUICC sent it to.
    public var notificationAddress: String
    /// For an installation result, whether it reports success.
    public var success: Bool?
    /// The PendingNotification as received (DER).
    public var pendingNotification: [UInt8]

    /// Builds a record.
    public init(
        id: Int64? = nil, receivedAt: Date, kind: Kind, eid: EID?, iccid: ICCID?, transactionId: TransactionId?,
        sequenceNumber: Int, operation: UInt64, notificationAddress: String, success: Bool?,
        pendingNotification: [UInt8]
    ) {
        self.id = id
        self.receivedAt = receivedAt
        self.kind = kind
        self.eid = eid
        self.iccid = iccid
        self.transactionId = transactionId
        self.sequenceNumber = sequenceNumber
        self.operation = operation
        self.notificationAddress = notificationAddress
        self.success = success
        self.pendingNotification = pendingNotification
    }
}
