/// Drops every event: for an SM-DP+ without an operator callback URL, and for offline tools.
public struct NoDownloadProgressReporting: DownloadProgressReporting {
    /// The reporter.
    public init() {}

    public func report(_ event: DownloadProgressEvent) {}
}
