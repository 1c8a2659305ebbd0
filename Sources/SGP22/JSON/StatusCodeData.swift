/// Why a function did not simply succeed: a subject code, a reason code and optional details.
///
/// SGP.22 section 6.5.1.4 (JSON binding of the common data type `StatusCodeData`):
/// ```json
/// "statusCodeData": {
///     "subjectCode": "8.10.1",          // mandatory, dotted OID-like string naming the subject
///     "reasonCode": "3.9",              // mandatory, dotted string naming the reason
///     "subjectIdentifier": "…",         // optional, identifies the subject (an ICCID, an EID, …)
///     "message": "…"                    // optional, human-readable text
/// }
/// ```
/// The codes SGP.22 tabulates for ES9+ and ES2+ are named constants (`StatusCodeData.transactionIdUnknown`, …);
/// codes outside the table are carried unchanged.
public struct StatusCodeData: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The subject code, e.g. `8.10.1` (TransactionId).
    public var subjectCode: String
    /// The reason code, e.g. `3.9` (Unknown).
    public var reasonCode: String
    /// What the code is about, when the sender names it (an ICCID, an EID, a parameter name).
    public var subjectIdentifier: String?
    /// Human-readable text.
    public var message: String?

    /// Builds status code data from its parts.
    public init(subjectCode: String, reasonCode: String, subjectIdentifier: String? = nil, message: String? = nil) {
        self.subjectCode = subjectCode
        self.reasonCode = reasonCode
        self.subjectIdentifier = subjectIdentifier
        self.message = message
    }

    /// The same code naming `identifier` as its subject.
    public func identifying(_ identifier: String) -> StatusCodeData {
        var copy = self
        copy.subjectIdentifier = identifier
        return copy
    }

    /// The same code with `text` as its message instead of the default one.
    public func withMessage(_ text: String) -> StatusCodeData {
        var copy = self
        copy.message = text
        return copy
    }

    /// Whether `other` carries the same subject and reason code (details aside).
    public func hasSameCode(as other: StatusCodeData) -> Bool {
        subjectCode == other.subjectCode && reasonCode == other.reasonCode
    }

    /// The catalogue entry with the same subject and reason code, if SGP.22 lists this pair for ES9+ or ES2+.
    public var catalogueEntry: StatusCodeData? {
        Self.catalogue.first { $0.hasSameCode(as: self) }
    }

    /// `8.10.1 (TransactionId) / 3.9 (Unknown): <message>`.
    public var description: String {
        let subject = Self.subjectName(subjectCode).map { "\(subjectCode) (\($0))" } ?? subjectCode
        let reason = Self.reasonName(reasonCode).map { "\(reasonCode) (\($0))" } ?? reasonCode
        let text = message ?? catalogueEntry?.message
        var result = "\(subject) / \(reason)"
        if let subjectIdentifier { result += " [\(subjectIdentifier)]" }
        if let text { result += ": \(text)" }
        return result
    }

    private enum CodingKeys: String, CodingKey {
        case subjectCode, reasonCode, subjectIdentifier, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        subjectCode = try container.decodeNonEmptyString(forKey: .subjectCode)
        reasonCode = try container.decodeNonEmptyString(forKey: .reasonCode)
        subjectIdentifier = try container.decodeIfPresent(String.self, forKey: .subjectIdentifier)
        message = try container.decodeIfPresent(String.self, forKey: .message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeNonEmptyString(subjectCode, forKey: .subjectCode)
        try container.encodeNonEmptyString(reasonCode, forKey: .reasonCode)
        try container.encodeIfPresent(subjectIdentifier, forKey: .subjectIdentifier)
        try container.encodeIfPresent(message, forKey: .message)
    }
}
