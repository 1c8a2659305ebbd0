/// The `header` object every ES9+ and ES2+ response body starts with (SGP.22 section 6.5.1.4).
///
/// ```json
/// "header": { "functionExecutionStatus": { "status": "Executed-Success" } }
/// ```
public struct ResponseHeader: Codable, Hashable, Sendable {
    /// How the call ended.
    public var functionExecutionStatus: FunctionExecutionStatus

    /// Builds a header around `functionExecutionStatus`.
    public init(functionExecutionStatus: FunctionExecutionStatus) {
        self.functionExecutionStatus = functionExecutionStatus
    }

    /// The header of a successful answer.
    public static let executedSuccess = ResponseHeader(functionExecutionStatus: .executedSuccess)

    /// The header of an answer that failed for the reason `code` gives.
    public static func failed(_ code: StatusCodeData) -> ResponseHeader {
        ResponseHeader(functionExecutionStatus: .failed(code))
    }
}
