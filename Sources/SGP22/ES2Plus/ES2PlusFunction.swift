/// The five ES2+ functions and where each lives, so that operator and SM-DP+ share one table of paths.
public enum ES2PlusFunction: String, CaseIterable, Hashable, Sendable {
    /// `/gsma/rsp2/es2plus/downloadOrder` (operator → SM-DP+).
    case downloadOrder
    /// `/gsma/rsp2/es2plus/confirmOrder` (operator → SM-DP+).
    case confirmOrder
    /// `/gsma/rsp2/es2plus/cancelOrder` (operator → SM-DP+).
    case cancelOrder
    /// `/gsma/rsp2/es2plus/releaseProfile` (operator → SM-DP+).
    case releaseProfile
    /// `/gsma/rsp2/es2plus/handleDownloadProgressInfo` (SM-DP+ → operator, the progress callback).
    case handleDownloadProgressInfo

    /// The folder every ES2+ path starts with.
    public static let pathPrefix = "/gsma/rsp2/es2plus/"

    /// The HTTP path of the function, e.g. `/gsma/rsp2/es2plus/downloadOrder`.
    public var path: String { Self.pathPrefix + rawValue }

    /// The function at `path`, if it is one of the five.
    public init?(path: String) {
        guard path.hasPrefix(Self.pathPrefix) else { return nil }
        self.init(rawValue: String(path.dropFirst(Self.pathPrefix.count)))
    }

    /// Whether the SM-DP+ is the caller (only for the progress callback).
    public var isCalledBySMDP: Bool { self == .handleDownloadProgressInfo }

    /// Whether a successful answer has a JSON body; `handleDownloadProgressInfo` answers HTTP 204 with none.
    public var hasResponseBody: Bool { self != .handleDownloadProgressInfo }

    /// The HTTP status of a successful answer: 204 for `handleDownloadProgressInfo`, 200 otherwise.
    public var successHTTPStatus: Int { hasResponseBody ? 200 : 204 }
}
