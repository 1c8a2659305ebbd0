import SGP22

/// What an Si2 answer says happened.
public enum Si2Outcome<Message: Si2Message>: Hashable, Sendable {
    /// The function ran; here is its output (look at `status` for an `Executed-WithWarning`).
    case executed(Message, status: FunctionExecutionStatus)
    /// The download failed and the SPB Manager offers a fallback to an SGP.22 Profile download (IRSP1).
    case fallback(SpbFallbackMessage, status: FunctionExecutionStatus)
    /// The function failed without a fallback.
    case failed(FunctionExecutionStatus)

    /// The output, if the function ran.
    public var message: Message? {
        if case .executed(let message, _) = self { return message }
        return nil
    }

    /// The status, whichever way it went.
    public var status: FunctionExecutionStatus {
        switch self {
        case .executed(_, let status), .fallback(_, let status): status
        case .failed(let status): status
        }
    }

    /// The project's name for the failure, when the status code data is one of ``Si2ErrorCode``.
    public var errorCode: Si2ErrorCode? {
        status.statusCodeData.flatMap(Si2ErrorCode.init)
    }
}
