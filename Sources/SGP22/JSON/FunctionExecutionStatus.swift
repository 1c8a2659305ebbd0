/// How a function call ended: SGP.22's `FunctionExecutionStatus` common data type.
///
/// ```json
/// "functionExecutionStatus": {
///     "status": "Executed-Success" | "Executed-WithWarning" | "Failed" | "Expired",
///     "statusCodeData": { … }       // present when the status is not Executed-Success
/// }
/// ```
/// ES2+ also uses this type as `notificationPointStatus` in HandleDownloadProgressInfo.
public struct FunctionExecutionStatus: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The four outcomes SGP.22 allows; any other string is refused when decoding.
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        /// `Executed-Success`.
        case executedSuccess = "Executed-Success"
        /// `Executed-WithWarning`: done, but `statusCodeData` says something worth knowing.
        case executedWithWarning = "Executed-WithWarning"
        /// `Failed`.
        case failed = "Failed"
        /// `Expired`: the request's validity ended before it ran.
        case expired = "Expired"

        /// Whether the function ran (with or without a warning), so its output fields are present.
        public var isExecuted: Bool { self == .executedSuccess || self == .executedWithWarning }
    }

    /// The outcome.
    public var status: Status
    /// Why, when the outcome is not a plain success.
    public var statusCodeData: StatusCodeData?

    /// Builds a status from its parts.
    public init(status: Status, statusCodeData: StatusCodeData? = nil) {
        self.status = status
        self.statusCodeData = statusCodeData
    }

    /// `Executed-Success` with no status code data.
    public static let executedSuccess = FunctionExecutionStatus(status: .executedSuccess)

    /// `Failed` for the reason `code` gives (usually a catalogue entry such as `.transactionIdUnknown`).
    public static func failed(_ code: StatusCodeData) -> FunctionExecutionStatus {
        FunctionExecutionStatus(status: .failed, statusCodeData: code)
    }

    /// `Executed-WithWarning` with the warning `code`.
    public static func executedWithWarning(_ code: StatusCodeData) -> FunctionExecutionStatus {
        FunctionExecutionStatus(status: .executedWithWarning, statusCodeData: code)
    }

    /// `Expired`, optionally with the code that says what expired.
    public static func expired(_ code: StatusCodeData? = nil) -> FunctionExecutionStatus {
        FunctionExecutionStatus(status: .expired, statusCodeData: code)
    }

    /// Whether the function ran, so its output fields are present.
    public var isExecuted: Bool { status.isExecuted }

    /// `Failed: 8.10.1 (TransactionId) / 3.9 (Unknown): …`.
    public var description: String {
        statusCodeData.map { "\(status.rawValue): \($0)" } ?? status.rawValue
    }

    private enum CodingKeys: String, CodingKey {
        case status, statusCodeData
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .status)
        guard let status = Status(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .status, in: container,
                debugDescription: "status must be one of "
                    + Status.allCases.map(\.rawValue).joined(separator: ", ")
                    + "; got \(RSPJSONFormats.quoted(text))")
        }
        self.status = status
        statusCodeData = try container.decodeIfPresent(StatusCodeData.self, forKey: .statusCodeData)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status.rawValue, forKey: .status)
        try container.encodeIfPresent(statusCodeData, forKey: .statusCodeData)
    }
}
