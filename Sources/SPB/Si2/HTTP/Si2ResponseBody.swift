import Foundation
import SGP22

/// The JSON body of an Si2 answer: ES9+'s header, then the base64 DER response when the function ran, or an
/// optional fallback message when it failed.
///
/// ```json
/// { "header": { "functionExecutionStatus": { "status": "Executed-Success" } },
///   "getBoundSpbResponse": "<base64 GetBoundSpbResponse, tag BFA103>" }
///
/// { "header": { "functionExecutionStatus": { "status": "Failed",
///       "statusCodeData": { "subjectCode": "9.2", "reasonCode": "4.3", "message": "…" } } },
///   "spbFallbackMessage": "<base64 SpbFallbackMessage, tag BFA202>" }
/// ```
public struct Si2ResponseBody<Message: Si2Message>: RSPResponseMessage {
    /// How the call ended.
    public var header: ResponseHeader
    /// The output; present exactly when the status says the function ran.
    public var message: Message?
    /// The SGP.22 fallback offer; only in a failed answer.
    public var spbFallbackMessage: SpbFallbackMessage?

    /// A successful answer.
    public init(_ message: Message, header: ResponseHeader = .executedSuccess) {
        self.header = header
        self.message = message
        self.spbFallbackMessage = nil
    }

    /// A failed answer with `code`, offering `fallback` when given.
    public static func failed(_ code: Si2ErrorCode, fallback: SpbFallbackMessage? = nil) -> Si2ResponseBody {
        failed(statusCodeData: code.statusCodeData, fallback: fallback)
    }

    /// A failed answer with any status code data (an SGP.22 catalogue entry, or a code of another party).
    public static func failed(statusCodeData: StatusCodeData, fallback: SpbFallbackMessage? = nil) -> Si2ResponseBody {
        Si2ResponseBody(header: .failed(statusCodeData), message: nil, spbFallbackMessage: fallback)
    }

    private init(header: ResponseHeader, message: Message?, spbFallbackMessage: SpbFallbackMessage?) {
        self.header = header
        self.message = message
        self.spbFallbackMessage = spbFallbackMessage
    }

    /// What the answer says happened.
    public var outcome: Si2Outcome<Message> {
        let status = header.functionExecutionStatus
        if let message, status.isExecuted { return .executed(message, status: status) }
        if let spbFallbackMessage { return .fallback(spbFallbackMessage, status: status) }
        return .failed(status)
    }

    /// The JSON text of this body.
    public func jsonData() throws(RSPJSONError) -> Data {
        try RSPJSON.encode(self)
    }

    /// Reads a response body, refusing bodies over `maximumSize`, a missing output on success, a fallback on
    /// success, bad base64 and bad DER.
    public static func decode(
        from body: Data, maximumSize: Int = RSPJSON.defaultMaximumSize
    ) throws(RSPJSONError) -> Si2ResponseBody<Message> {
        try RSPJSON.decode(Si2ResponseBody<Message>.self, from: body, maximumSize: maximumSize)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Si2JSONKey.self)
        header = try container.decode(ResponseHeader.self, forKey: .header)
        let field = Si2JSONKey(Message.si2Function.responseField)
        if header.functionExecutionStatus.isExecuted {
            message = try container.decodeDER(Message.self, forKey: field)
            guard !container.contains(.fallback) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .fallback, in: container, debugDescription: "a fallback message comes only with a failure")
            }
            spbFallbackMessage = nil
        } else {
            // A failed answer has no output fields; whatever is there is ignored.
            message = nil
            spbFallbackMessage = try container.decodeDERIfPresent(SpbFallbackMessage.self, forKey: .fallback)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Si2JSONKey.self)
        try container.encode(header, forKey: .header)
        if header.functionExecutionStatus.isExecuted {
            guard let message else {
                throw EncodingError.invalidValue(
                    self,
                    EncodingError.Context(
                        codingPath: [Si2JSONKey(Message.si2Function.responseField)],
                        debugDescription: "a successful answer needs its output"))
            }
            try container.encodeDER(message, forKey: Si2JSONKey(Message.si2Function.responseField))
        } else if let spbFallbackMessage {
            try container.encodeDER(spbFallbackMessage, forKey: .fallback)
        }
    }
}
