import Foundation
import SGP22

/// One step of a download the operator hears about through ES2+ HandleDownloadProgressInfo.
public struct DownloadProgressEvent: Hashable, Sendable {
    /// The profile.
    public var iccid: ICCID
    /// Its type.
    public var profileType: String
    /// The eUICC, once known.
    public var eid: EID?
    /// Which step.
    public var point: ES2Plus.NotificationPoint
    /// How it went.
    public var status: FunctionExecutionStatus
    /// Evidence from the eUICC (the ProfileInstallationResult for point 4).
    public var resultData: [UInt8]?
    /// When it happened.
    public var timestamp: Date

    /// Builds an event for an order.
    public init(
        order: DownloadOrder, eid: EID? = nil, point: ES2Plus.NotificationPoint, status: FunctionExecutionStatus,
        resultData: [UInt8]? = nil, timestamp: Date
    ) {
        self.iccid = order.iccid
        self.profileType = order.profileType
        self.eid = eid ?? order.eid
        self.point = point
        self.status = status
        self.resultData = resultData
        self.timestamp = timestamp
    }
}
