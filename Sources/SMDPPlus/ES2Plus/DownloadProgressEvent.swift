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

/// Receives download progress events; implementations must return at once (the download does not wait).
public protocol DownloadProgressReporting: Sendable {
    /// Hands over one event.
    func report(_ event: DownloadProgressEvent)
}

/// Drops every event: for an SM-DP+ without an operator callback URL, and for offline tools.
public struct NoDownloadProgressReporting: DownloadProgressReporting {
    /// The reporter.
    public init() {}

    public func report(_ event: DownloadProgressEvent) {}
}
