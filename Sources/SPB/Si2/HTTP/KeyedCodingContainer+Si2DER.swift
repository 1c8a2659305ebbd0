import Foundation
import SGP22
import SwiftASN1

/// Base64 of DER messages in Si2 JSON bodies: RFC 4648 standard alphabet with padding, no line breaks.
extension KeyedDecodingContainer where Key == Si2JSONKey {
    /// A mandatory field holding the base64 DER of a `Message`; bad base64 and bad DER name the field.
    func decodeDER<Message: DERParseable>(_ type: Message.Type, forKey key: Key) throws -> Message {
        let text = try decode(String.self, forKey: key)
        guard !text.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "must not be empty")
        }
        guard let data = Data(base64Encoded: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "not valid base64 (RFC 4648, standard alphabet, padded)")
        }
        do {
            return try Message(derBytes: Array(data))
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "not a valid \(Message.self): \(error)")
        }
    }

    /// An optional field holding the base64 DER of a `Message`; `null` counts as absent.
    func decodeDERIfPresent<Message: DERParseable>(_ type: Message.Type, forKey key: Key) throws -> Message? {
        guard try decodeIfPresent(String.self, forKey: key) != nil else { return nil }
        return try decodeDER(type, forKey: key)
    }
}

extension KeyedEncodingContainer where Key == Si2JSONKey {
    /// Writes the DER of `message` in base64.
    mutating func encodeDER(_ message: some DERSerializable, forKey key: Key) throws {
        let bytes: [UInt8]
        do {
            bytes = try message.derBytes()
        } catch {
            throw EncodingError.invalidValue(
                message,
                EncodingError.Context(codingPath: codingPath + [key], debugDescription: "cannot be encoded: \(error)"))
        }
        try encode(Data(bytes).base64EncodedString(), forKey: key)
    }
}
