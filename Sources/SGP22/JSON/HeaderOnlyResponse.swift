/// A response body that is nothing but its `header`.
///
/// The full answer of ES9+ CancelSession and of ES2+ CancelOrder and ReleaseProfile, and the shape of every
/// function's answer when it fails: a failed call carries no output fields.
///
/// ```json
/// { "header": { "functionExecutionStatus": { "status": "Failed", "statusCodeData": { … } } } }
/// ```
public struct HeaderOnlyResponse: RSPResponseMessage {
    /// How the call ended.
    public var header: ResponseHeader

    /// Builds a response around `header`.
    public init(header: ResponseHeader) {
        self.header = header
    }

    /// A successful answer with no output.
    public static let executedSuccess = HeaderOnlyResponse(header: .executedSuccess)

    /// A failed answer for the reason `code` gives, e.g. `HeaderOnlyResponse.failed(.transactionIdUnknown)`.
    public static func failed(_ code: StatusCodeData) -> HeaderOnlyResponse {
        HeaderOnlyResponse(header: .failed(code))
    }
}
