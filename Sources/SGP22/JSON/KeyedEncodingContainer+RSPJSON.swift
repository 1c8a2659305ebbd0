import Foundation

/// Writing SGP.22's JSON field types; the mirror of the decoding helpers, with the same format checks so that
/// this side never emits what the other side would refuse.
extension KeyedEncodingContainer {
    /// Standard base64 with padding.
    mutating func encodeBase64Binary(_ bytes: [UInt8], forKey key: Key) throws {
        guard !bytes.isEmpty else {
            throw invalid(bytes, key, RSPJSONFieldFault("must not be empty"))
        }
        try encode(RSPJSONBase64.encode(bytes), forKey: key)
    }

    /// Base64 when present; nothing when `nil`.
    mutating func encodeBase64BinaryIfPresent(_ bytes: [UInt8]?, forKey key: Key) throws {
        if let bytes { try encodeBase64Binary(bytes, forKey: key) }
    }

    /// Upper-case hexadecimal.
    mutating func encodeTransactionId(_ transactionId: TransactionId, forKey key: Key) throws {
        try encode(RSPJSONHex.encode(transactionId.bytes), forKey: key)
    }

    /// A string that must not be empty.
    mutating func encodeNonEmptyString(_ value: String, forKey key: Key) throws {
        if let fault = RSPJSONFormats.checkNonEmpty(value, what: key.stringValue) { throw invalid(value, key, fault) }
        try encode(value, forKey: key)
    }

    /// An EID's 32 digits, when present.
    mutating func encodeEIDIfPresent(_ value: EID?, forKey key: Key) throws {
        try encodeIfPresent(value?.digits, forKey: key)
    }

    /// An ICCID's digits, without padding.
    mutating func encodeICCID(_ value: ICCID, forKey key: Key) throws {
        try encode(value.digits, forKey: key)
    }

    /// An ICCID's digits when present.
    mutating func encodeICCIDIfPresent(_ value: ICCID?, forKey key: Key) throws {
        try encodeIfPresent(value?.digits, forKey: key)
    }

    /// `2001-12-17T09:30:47Z`.
    mutating func encodeTimestamp(_ date: Date, forKey key: Key) throws {
        try encode(RSPJSONTimestamp.format(date), forKey: key)
    }

    private func invalid(_ value: Any, _ key: Key, _ fault: RSPJSONFieldFault) -> EncodingError {
        EncodingError.invalidValue(
            value, EncodingError.Context(codingPath: codingPath + [key], debugDescription: fault.description))
    }
}
