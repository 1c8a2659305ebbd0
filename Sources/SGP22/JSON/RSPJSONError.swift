import Foundation

/// Why an ES9+ or ES2+ JSON body could not be read or written, with the field where it went wrong.
///
/// `DecodingError` names the failing field only through a coding path of key objects; this error
/// spells it out (`header.functionExecutionStatus.status`) next to the message type, so a log line
/// says at once which message, which field and what was wrong with it.
public struct RSPJSONError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The broad class of the fault.
    public enum Kind: String, Equatable, Sendable {
        /// The bytes are not a JSON text (truncated, malformed, nested too deep, not UTF-8).
        case notJSON
        /// The body is larger than the configured limit; it was not parsed.
        case tooLarge
        /// A mandatory field is absent or `null`.
        case missingField
        /// A field holds the wrong JSON type (a string where an object or a boolean belongs, …).
        case wrongType
        /// A field has the right JSON type but a value SGP.22 does not allow (bad base64, bad hex, …).
        case invalidValue
        /// A value could not be written as JSON.
        case encodingFailed
    }

    /// The broad class of the fault.
    public let kind: Kind
    /// The message being read or written, e.g. `ES9Plus.InitiateAuthenticationRequest`.
    public let messageType: String
    /// The dotted path of the offending field (`""` for the whole body).
    public let fieldPath: String
    /// What was wrong, in words.
    public let reason: String

    /// Builds an error from its parts.
    public init(kind: Kind, messageType: String, fieldPath: String, reason: String) {
        self.kind = kind
        self.messageType = messageType
        self.fieldPath = fieldPath
        self.reason = reason
    }

    public var description: String {
        let place = fieldPath.isEmpty ? "" : " field `\(fieldPath)`:"
        return "\(messageType):\(place) \(reason)"
    }
}

extension RSPJSONError {
    /// Translates a Foundation decoding error into one that names the field and the fault.
    init(decoding error: DecodingError, messageType: String) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(
                kind: .missingField, messageType: messageType,
                fieldPath: Self.path(context.codingPath + [key]),
                reason: "mandatory field is missing")
        case .valueNotFound(_, let context):
            self.init(
                kind: .missingField, messageType: messageType, fieldPath: Self.path(context.codingPath),
                reason: "mandatory field is null")
        case .typeMismatch(_, let context) where context.debugDescription.hasSuffix("found null instead."):
            // Foundation reports `null` for a Bool this way rather than as valueNotFound.
            self.init(
                kind: .missingField, messageType: messageType, fieldPath: Self.path(context.codingPath),
                reason: "mandatory field is null")
        case .typeMismatch(let type, let context):
            self.init(
                kind: .wrongType, messageType: messageType, fieldPath: Self.path(context.codingPath),
                reason: "expected \(Self.jsonTypeName(type)); \(context.debugDescription)")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty && context.underlyingError == nil
                && context.debugDescription.contains("not valid JSON")
            {
                self.init(
                    kind: .notJSON, messageType: messageType, fieldPath: "",
                    reason: "body is not valid JSON (truncated, malformed, nested too deeply or a number "
                        + "out of range)")
            } else {
                self.init(
                    kind: .invalidValue, messageType: messageType, fieldPath: Self.path(context.codingPath),
                    reason: context.debugDescription)
            }
        @unknown default:
            self.init(
                kind: .invalidValue, messageType: messageType, fieldPath: "", reason: String(describing: error))
        }
    }

    /// `header.functionExecutionStatus.status`; array positions appear as `[n]`.
    static func path(_ keys: [any CodingKey]) -> String {
        var result = ""
        for key in keys {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return result
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a JSON string"
        case is Bool.Type: return "a JSON boolean"
        case is Int.Type: return "a JSON integer"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Dictionary") ? "a JSON object" : (name.hasPrefix("Array") ? "a JSON array" : name)
        }
    }

    /// `SGP22.ES9Plus.InitiateAuthenticationRequest` → `ES9Plus.InitiateAuthenticationRequest`.
    static func typeName(_ type: Any.Type) -> String {
        let full = String(reflecting: type)
        return full.hasPrefix("SGP22.") ? String(full.dropFirst("SGP22.".count)) : full
    }
}
