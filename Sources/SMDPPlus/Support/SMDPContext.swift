import Foundation
import Logging
import SGP22

/// What the ES2+ and ES9+ logic share: the storage, the credentials, the settings, the clock, the operator
/// callbacks and the logger. A value type of references and constants, so request handlers run in parallel.
public struct SMDPContext: Sendable {
    /// The one storage.
    public let storage: any SMDPStorage
    /// DPauth, DPpb and the trusted CIs.
    public let credentials: SMDPCredentials
    /// Address, limits and policies.
    public let settings: SMDPSettings
    /// Where download progress goes.
    public let progress: any DownloadProgressReporting
    /// The current time (injectable for tests of lifetimes).
    public let clock: @Sendable () -> Date
    /// Base logger.
    public let logger: Logger

    /// Builds a context.
    public init(
        storage: any SMDPStorage, credentials: SMDPCredentials, settings: SMDPSettings,
        progress: any DownloadProgressReporting = NoDownloadProgressReporting(),
        clock: @escaping @Sendable () -> Date = { Date() }, logger: Logger = Logger(label: "smdp")
    ) {
        self.storage = storage
        self.credentials = credentials
        self.settings = settings
        self.progress = progress
        self.clock = clock
        self.logger = logger
    }

    /// Sends a progress event for `order`.
    func report(
        _ order: DownloadOrder, eid: EID? = nil, point: ES2Plus.NotificationPoint, status: FunctionExecutionStatus,
        resultData: [UInt8]? = nil
    ) {
        progress.report(
            DownloadProgressEvent(
                order: order, eid: eid, point: point, status: status, resultData: resultData, timestamp: clock()))
    }
}
