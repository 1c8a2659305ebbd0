/// The six Si2 functions and where each lives, so that the LBA and the SPB Manager share one table of paths
/// and JSON field names.
///
/// | function | path | request field | response field |
/// |---|---|---|---|
/// | getSpbmCertificate | `/ssp/si2/v1/getSpbmCertificate` | `getSpbmCertificateRequest` | `getSpbmCertificateResponse` |
/// | initiateSpbDownload | `/ssp/si2/v1/initiateSpbDownload` | `initiateSpbDownloadRequest` | `initiateSpbDownloadResponse` |
/// | authenticateSsp | `/ssp/si2/v1/authenticateSsp` | `authenticateSspRequest` | `authenticateSspResponse` |
/// | getBoundSpb | `/ssp/si2/v1/getBoundSpb` | `getBoundSpbRequest` | `getBoundSpbResponse` |
/// | handleSpbNotification | `/ssp/si2/v1/handleSpbNotification` | `handleSpbNotificationRequest` | none (HTTP 204) |
/// | cancelSpbSession | `/ssp/si2/v1/cancelSpbSession` | `cancelSpbSessionRequest` | `cancelSpbSessionResponse` |
public enum Si2Function: String, CaseIterable, Hashable, Sendable {
    case getSpbmCertificate
    case initiateSpbDownload
    case authenticateSsp
    case getBoundSpb
    case handleSpbNotification
    case cancelSpbSession

    /// The folder every Si2 path starts with; `v1` is the major version of `SSP-Si2Si3-Definitions`.
    public static let pathPrefix = "/ssp/si2/v1/"

    /// The HTTP path of the function, e.g. `/ssp/si2/v1/getBoundSpb`.
    public var path: String { Self.pathPrefix + rawValue }

    /// The function at `path`, if it is one of the six.
    public init?(path: String) {
        guard path.hasPrefix(Self.pathPrefix) else { return nil }
        self.init(rawValue: String(path.dropFirst(Self.pathPrefix.count)))
    }

    /// The JSON field of the request body that holds the base64 DER request.
    public var requestField: String { rawValue + "Request" }

    /// The JSON field of a successful response body that holds the base64 DER response.
    public var responseField: String { rawValue + "Response" }

    /// Whether a successful answer has a JSON body; `handleSpbNotification` answers HTTP 204 with none.
    public var hasResponseBody: Bool { self != .handleSpbNotification }

    /// The HTTP status of a successful answer: 204 for `handleSpbNotification`, 200 otherwise.
    public var successHTTPStatus: Int { hasResponseBody ? 200 : 204 }
}
