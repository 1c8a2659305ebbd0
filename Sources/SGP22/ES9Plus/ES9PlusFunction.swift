/// The five ES9+ functions and where each lives, so that the LPA and the SM-DP+ share one table of paths.
public enum ES9PlusFunction: String, CaseIterable, Hashable, Sendable {
    /// `/gsma/rsp2/es9plus/initiateAuthentication`.
    case initiateAuthentication
    /// `/gsma/rsp2/es9plus/authenticateClient`.
    case authenticateClient
    /// `/gsma/rsp2/es9plus/getBoundProfilePackage`.
    case getBoundProfilePackage
    /// `/gsma/rsp2/es9plus/handleNotification`.
    case handleNotification
    /// `/gsma/rsp2/es9plus/cancelSession`.
    case cancelSession

    /// The folder every ES9+ path starts with.
    public static let pathPrefix = "/gsma/rsp2/es9plus/"

    /// The HTTP path of the function, e.g. `/gsma/rsp2/es9plus/initiateAuthentication`.
    public var path: String { Self.pathPrefix + rawValue }

    /// The function at `path`, if it is one of the five.
    public init?(path: String) {
        guard path.hasPrefix(Self.pathPrefix) else { return nil }
        self.init(rawValue: String(path.dropFirst(Self.pathPrefix.count)))
    }

    /// Whether a successful answer has a JSON body; `handleNotification` answers HTTP 204 with none.
    public var hasResponseBody: Bool { self != .handleNotification }

    /// The HTTP status of a successful answer: 204 for `handleNotification`, 200 otherwise.
    public var successHTTPStatus: Int { hasResponseBody ? 200 : 204 }
}
