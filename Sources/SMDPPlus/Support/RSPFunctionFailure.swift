import SGP22

/// An ES9+ or ES2+ function that did not execute, with the status SGP.22 prescribes for the reason.
///
/// Thrown by the function logic and turned into a header-only response by the controllers.
public struct RSPFunctionFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The status to answer (`Failed`, or `Expired`).
    public var status: FunctionExecutionStatus

    /// A `Failed` status with `code`, its message replaced by `message` when given.
    public init(_ code: StatusCodeData, _ message: String? = nil) {
        status = .failed(message.map { code.withMessage($0) } ?? code)
    }

    /// The subject and reason codes.
    public var statusCodeData: StatusCodeData? { status.statusCodeData }

    public var description: String { status.description }
}
