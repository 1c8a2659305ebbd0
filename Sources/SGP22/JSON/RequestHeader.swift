/// The `header` object of an ES2+ request (SGP.22 section 6.5.1.3).
///
/// ```json
/// "header": {
///     "functionRequesterIdentifier": "…",   // who calls: agreed between operator and SM-DP+
///     "functionCallIdentifier": "…"         // this call, unique per requester, for tracing
/// }
/// ```
/// ES9+ requests carry no header: the LPA is identified by the TLS session and the RSP session, not by name.
public struct RequestHeader: Codable, Hashable, Sendable {
    /// Identifies the caller (the operator on ES2+, the SM-DP+ on the HandleDownloadProgressInfo callback).
    public var functionRequesterIdentifier: String
    /// Identifies this call.
    public var functionCallIdentifier: String

    /// Builds a header; both identifiers must be non-empty to be encoded.
    public init(functionRequesterIdentifier: String, functionCallIdentifier: String) {
        self.functionRequesterIdentifier = functionRequesterIdentifier
        self.functionCallIdentifier = functionCallIdentifier
    }

    private enum CodingKeys: String, CodingKey {
        case functionRequesterIdentifier, functionCallIdentifier
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        functionRequesterIdentifier = try container.decodeNonEmptyString(forKey: .functionRequesterIdentifier)
        functionCallIdentifier = try container.decodeNonEmptyString(forKey: .functionCallIdentifier)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeNonEmptyString(functionRequesterIdentifier, forKey: .functionRequesterIdentifier)
        try container.encodeNonEmptyString(functionCallIdentifier, forKey: .functionCallIdentifier)
    }
}
