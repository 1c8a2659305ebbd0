/// What a response body says happened: the function ran and here is its output, or it did not and here is why.
///
/// SGP.22 sends a failure as a header-only body, so the output fields that are mandatory on success are absent;
/// `RSPJSON.decodeOutcome(_:from:)` reads the header first and only then insists on them.
public enum FunctionOutcome<Body: RSPResponseMessage>: Hashable, Sendable {
    /// `Executed-Success` or `Executed-WithWarning` (look at `body.header` for the warning).
    case executed(Body)
    /// `Failed` or `Expired`, with the status code data when the server sent it.
    case notExecuted(FunctionExecutionStatus)

    /// The output, if the function ran.
    public var body: Body? {
        if case .executed(let body) = self { return body }
        return nil
    }

    /// The status, whichever way it went.
    public var functionExecutionStatus: FunctionExecutionStatus {
        switch self {
        case .executed(let body): return body.header.functionExecutionStatus
        case .notExecuted(let status): return status
        }
    }
}
