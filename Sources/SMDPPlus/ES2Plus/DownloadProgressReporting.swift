/// Receives download progress events; implementations must return at once (the download does not wait).
public protocol DownloadProgressReporting: Sendable {
    /// Hands over one event.
    func report(_ event: DownloadProgressEvent)
}
