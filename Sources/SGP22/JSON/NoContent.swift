/// The answer of a function that replies with HTTP 204 and no body (ES9+ HandleNotification, ES2+
/// HandleDownloadProgressInfo).
public struct NoContent: Hashable, Sendable {
    /// The empty answer.
    public init() {}
}
