import Foundation

/// Reads and writes ES9+ and ES2+ JSON bodies with Foundation's coders, the same way on client and server.
///
/// Writing: keys sorted, `/` not escaped (base64 is full of them), no whitespace. Reading: a body larger than
/// `maximumSize` is refused before it is parsed; unknown fields are ignored (later SGP.22 versions add
/// fields); missing mandatory fields, `null`s, wrong JSON types, bad base64 or hex and unknown status strings
/// are refused with an `RSPJSONError` that names the message and the field.
public enum RSPJSON {
    /// The largest body `decode` accepts unless told otherwise: 16 MiB, well above a base64 bound profile
    /// package (profiles are tens to hundreds of kilobytes).
    public static let defaultMaximumSize = 16 * 1024 * 1024

    /// The JSON text of `message`.
    public static func encode<Message: Encodable>(_ message: Message) throws(RSPJSONError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(message)
        } catch let EncodingError.invalidValue(_, context) {
            throw RSPJSONError(
                kind: .encodingFailed, messageType: RSPJSONError.typeName(Message.self),
                fieldPath: RSPJSONError.path(context.codingPath), reason: context.debugDescription)
        } catch {
            throw RSPJSONError(
                kind: .encodingFailed, messageType: RSPJSONError.typeName(Message.self), fieldPath: "",
                reason: String(describing: error))
        }
    }

    /// Reads `body` as a `Message`, insisting on every field the message makes mandatory.
    public static func decode<Message: Decodable>(
        _ type: Message.Type, from body: Data, maximumSize: Int = defaultMaximumSize
    ) throws(RSPJSONError) -> Message {
        try decode(type, from: body, maximumSize: maximumSize, messageType: RSPJSONError.typeName(Message.self))
    }

    /// Reads `body` as `[UInt8]`; see `decode(_:from:maximumSize:)`.
    public static func decode<Message: Decodable>(
        _ type: Message.Type, from body: [UInt8], maximumSize: Int = defaultMaximumSize
    ) throws(RSPJSONError) -> Message {
        try decode(type, from: Data(body), maximumSize: maximumSize)
    }

    /// Reads a response body: the header first, then, if the function ran, the whole `Body` with its mandatory
    /// output fields; if it did not run, the status alone (a failed answer has no output fields).
    public static func decodeOutcome<Body: RSPResponseMessage>(
        _ type: Body.Type, from body: Data, maximumSize: Int = defaultMaximumSize
    ) throws(RSPJSONError) -> FunctionOutcome<Body> {
        try decode(
            OutcomeEnvelope<Body>.self, from: body, maximumSize: maximumSize,
            messageType: RSPJSONError.typeName(Body.self)
        ).outcome
    }

    private static func decode<Message: Decodable>(
        _ type: Message.Type, from body: Data, maximumSize: Int, messageType: String
    ) throws(RSPJSONError) -> Message {
        guard body.count <= maximumSize else {
            throw RSPJSONError(
                kind: .tooLarge, messageType: messageType, fieldPath: "",
                reason: "body of \(body.count) bytes exceeds the limit of \(maximumSize) bytes")
        }
        do {
            return try JSONDecoder().decode(Message.self, from: body)
        } catch let error as DecodingError {
            throw RSPJSONError(decoding: error, messageType: messageType)
        } catch {
            throw RSPJSONError(
                kind: .notJSON, messageType: messageType, fieldPath: "", reason: String(describing: error))
        }
    }

    /// Reads the header, then the body only if the function ran: one parse for both.
    private struct OutcomeEnvelope<Body: RSPResponseMessage>: Decodable {
        let outcome: FunctionOutcome<Body>

        init(from decoder: any Decoder) throws {
            let status = try HeaderOnlyResponse(from: decoder).header.functionExecutionStatus
            outcome = status.isExecuted ? .executed(try Body(from: decoder)) : .notExecuted(status)
        }
    }
}
