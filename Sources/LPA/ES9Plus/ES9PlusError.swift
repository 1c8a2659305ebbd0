import SGP22

/// Why an ES9+ call to an SM-DP+ did not give the LPA what it asked for.
public enum ES9PlusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The SM-DP+ address cannot be turned into an HTTPS URL.
    case invalidAddress(String, reason: String)
    /// The trust settings cannot be turned into a TLS configuration (e.g. an unreadable lab root).
    case invalidTrustSettings(reason: String)
    /// The request body could not be written.
    case requestEncoding(ES9PlusFunction, reason: String)
    /// The TLS handshake failed: the server's certificate is not trusted, or is not for this address.
    case untrustedServer(ES9PlusFunction, address: String, reason: String)
    /// No answer: the server cannot be reached, refused the connection, or timed out.
    case unreachable(ES9PlusFunction, address: String, reason: String)
    /// The server answered an HTTP status other than the function's success status.
    case httpStatus(ES9PlusFunction, address: String, status: Int, body: String)
    /// The answer is not the JSON SGP.22 defines for the function.
    case malformedResponse(ES9PlusFunction, address: String, reason: String)
    /// The function ran and failed (or expired), with the status code data the server sent.
    case functionFailed(ES9PlusFunction, address: String, status: FunctionExecutionStatus)

    /// The function that failed, when a call was made.
    public var function: ES9PlusFunction? {
        switch self {
        case .invalidAddress, .invalidTrustSettings: return nil
        case .requestEncoding(let function, _), .untrustedServer(let function, _, _),
            .unreachable(let function, _, _), .httpStatus(let function, _, _, _),
            .malformedResponse(let function, _, _), .functionFailed(let function, _, _):
            return function
        }
    }

    /// The subject and reason codes (with the message) of a failed function.
    public var statusCodeData: StatusCodeData? {
        if case .functionFailed(_, _, let status) = self { return status.statusCodeData }
        return nil
    }

    /// Whether the server was never reached (or not trusted), so that the same request may succeed later.
    public var isServerUnavailable: Bool {
        switch self {
        case .unreachable, .untrustedServer: return true
        case .httpStatus(_, _, let status, _): return status >= 500 || status == 408 || status == 429
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .invalidAddress(let address, let reason):
            return "\"\(address)\" is not a usable SM-DP+ address: \(reason)."
        case .invalidTrustSettings(let reason):
            return "The trusted TLS roots cannot be used: \(reason)."
        case .requestEncoding(let function, let reason):
            return "The ES9+ \(function.rawValue) request could not be written: \(reason)."
        case .untrustedServer(let function, let address, let reason):
            return "The SM-DP+ at \(address) was not trusted, so ES9+ \(function.rawValue) was not sent: its TLS "
                + "certificate did not verify against the trusted roots (\(reason))."
        case .unreachable(let function, let address, let reason):
            return "The SM-DP+ at \(address) could not be reached for ES9+ \(function.rawValue): \(reason)."
        case .httpStatus(let function, let address, let status, let body):
            let excerpt = body.isEmpty ? "" : ": \(body)"
            return "The SM-DP+ at \(address) answered ES9+ \(function.rawValue) with HTTP \(status)\(excerpt)."
        case .malformedResponse(let function, let address, let reason):
            return "The SM-DP+ at \(address) answered ES9+ \(function.rawValue) with something that is not a valid "
                + "response: \(reason)."
        case .functionFailed(let function, let address, let status):
            let why = status.statusCodeData.map { "\($0)" } ?? "no status code given"
            return "The SM-DP+ at \(address) refused ES9+ \(function.rawValue) (\(status.status.rawValue)): \(why)."
        }
    }
}
