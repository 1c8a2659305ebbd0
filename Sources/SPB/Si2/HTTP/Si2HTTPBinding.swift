import SGP22

/// The HTTP side of Si2, defined by the project like SGP.22's ES9+ binding.
///
/// Every function is an HTTPS `POST` (server-authenticated TLS with the SPB Manager's TLS certificate) of a
/// JSON body to `/ssp/si2/v1/<function>` (``Si2Function``), with the headers below. Bodies carry the DER
/// messages of `SSP-Si2Si3-Definitions-v1` in standard base64; every answer has ES9+'s
/// `header.functionExecutionStatus`, and a failed one may carry an `spbFallbackMessage`.
public enum Si2HTTPBinding {
    /// The method of every Si2 function.
    public static let method = "POST"
    /// Name of the header that carries the protocol version.
    public static let protocolHeaderName = "X-SSP-Protocol"
    /// The version this implementation speaks.
    public static let protocolVersion = "ssp/si2/1.0.0"
    /// Name of the content type header.
    public static let contentTypeHeaderName = "Content-Type"
    /// The content type of every JSON body.
    public static let contentType = RSPHTTPBinding.contentType
    /// Name of the user agent header.
    public static let userAgentHeaderName = "User-Agent"
    /// The user agent the LBA sends.
    public static let lbaUserAgent = "ssp-lba"
    /// The JSON field that carries a fallback message in a failed answer.
    public static let fallbackField = "spbFallbackMessage"
    /// The headers of a request, in the order they are usually written.
    public static let requestHeaders: [(name: String, value: String)] = [
        (contentTypeHeaderName, contentType), (protocolHeaderName, protocolVersion),
    ]

    /// Whether `value` names a version of the Si2 binding this implementation reads (`ssp/si2/1.<minor>.<patch>`):
    /// minor versions only append fields, which are ignored.
    public static func isSupportedProtocol(_ value: String) -> Bool {
        let prefix = "ssp/si2/1."
        guard value.lowercased().hasPrefix(prefix) else { return false }
        let parts = value.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 5 && part.allSatisfy { $0.isASCII && $0.isNumber }
            }
    }

    /// Whether a `Content-Type` value is JSON.
    public static func isJSONContentType(_ value: String) -> Bool {
        RSPHTTPBinding.isJSONContentType(value)
    }
}
