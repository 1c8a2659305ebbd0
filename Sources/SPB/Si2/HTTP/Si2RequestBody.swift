import Foundation
import SGP22

/// The JSON body of an Si2 request: one field, named after the function, holding the base64 DER message.
///
/// ```json
/// { "getBoundSpbRequest": "<base64 GetBoundSpbRequest, tag BFA103>" }
/// ```
public struct Si2RequestBody<Message: Si2Request>: Codable, Hashable, Sendable {
    /// The request.
    public var message: Message

    public init(_ message: Message) {
        self.message = message
    }

    /// The JSON text of this body.
    public func jsonData() throws(RSPJSONError) -> Data {
        try RSPJSON.encode(self)
    }

    /// Reads a request body, refusing bodies over `maximumSize`, missing fields, bad base64 and bad DER.
    public static func decode(
        from body: Data, maximumSize: Int = RSPJSON.defaultMaximumSize
    ) throws(RSPJSONError) -> Si2RequestBody<Message> {
        try RSPJSON.decode(Si2RequestBody<Message>.self, from: body, maximumSize: maximumSize)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Si2JSONKey.self)
        message = try container.decodeDER(Message.self, forKey: Si2JSONKey(Message.si2Function.requestField))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Si2JSONKey.self)
        try container.encodeDER(message, forKey: Si2JSONKey(Message.si2Function.requestField))
    }
}
