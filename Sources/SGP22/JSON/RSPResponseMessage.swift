/// A JSON response body of ES9+ or ES2+: it always has a `header` with the function execution status.
public protocol RSPResponseMessage: Codable, Hashable, Sendable {
    /// How the call ended.
    var header: ResponseHeader { get }
}
