import Foundation

/// The HTTP side of SGP.22's JSON binding (section 6.5.1), shared by ES9+ and ES2+ clients and servers.
///
/// Every function is an HTTPS `POST` of a JSON body to `/gsma/rsp2/<interface>/<function>`, with the headers
/// below; a server answers `200` with a JSON body, or `204` with none for the notification functions.
public enum RSPHTTPBinding {
    /// The method of every ES9+ and ES2+ function.
    public static let method = "POST"
    /// Name of the header that carries the protocol version.
    public static let adminProtocolHeaderName = "X-Admin-Protocol"
    /// The version this implementation speaks: SGP.22 v2.2.0.
    public static let adminProtocol = "gsma/rsp/v2.2.0"
    /// Name of the content type header.
    public static let contentTypeHeaderName = "Content-Type"
    /// The content type of every JSON body.
    public static let contentType = "application/json;charset=UTF-8"
    /// Name of the user agent header.
    public static let userAgentHeaderName = "User-Agent"
    /// The user agent an LPA sends on ES9+.
    public static let lpaUserAgent = "gsma-rsp-lpad"
    /// The headers of a request, in the order they are usually written.
    public static let requestHeaders: [(name: String, value: String)] = [
        (contentTypeHeaderName, contentType), (adminProtocolHeaderName, adminProtocol),
    ]

    /// Whether `value` names an SGP.22 v2 JSON binding (`gsma/rsp/v2.<minor>.<patch>`): the versions whose
    /// messages these types read. Unknown later fields are ignored, so any v2 minor version is accepted.
    public static func isSupportedAdminProtocol(_ value: String) -> Bool {
        let prefix = "gsma/rsp/v2."
        guard value.lowercased().hasPrefix(prefix) else { return false }
        let parts = value.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Whether a `Content-Type` value is JSON (`application/json`, any parameters, any case).
    public static func isJSONContentType(_ value: String) -> Bool {
        let mediaType = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
    }
}
