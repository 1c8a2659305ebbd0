import Foundation

/// Reading SGP.22's JSON field types: base64 binary, hex transaction identifiers, EIDs, ICCIDs, timestamps.
///
/// Each failure is thrown as `DecodingError.dataCorrupted` at the field's own coding path, so the caller's
/// `RSPJSONError` names the field.
extension KeyedDecodingContainer {
    /// A mandatory base64 field; empty is refused, since every binary field SGP.22 carries has content.
    func decodeBase64Binary(forKey key: Key) throws -> [UInt8] {
        let text = try decode(String.self, forKey: key)
        let bytes = try check(RSPJSONBase64.decode(text), key)
        guard !bytes.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "must not be empty")
        }
        return bytes
    }

    /// A mandatory base64 field of exactly `count` octets.
    func decodeBase64Binary(forKey key: Key, count: Int) throws -> [UInt8] {
        let bytes = try decodeBase64Binary(forKey: key)
        guard bytes.count == count else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "must be \(count) octets, got \(bytes.count)")
        }
        return bytes
    }

    /// An optional base64 field; `null` counts as absent.
    func decodeBase64BinaryIfPresent(forKey key: Key) throws -> [UInt8]? {
        guard try decodeIfPresent(String.self, forKey: key) != nil else { return nil }
        return try decodeBase64Binary(forKey: key)
    }

    /// A mandatory `transactionId`: 1 to 16 octets in hexadecimal.
    func decodeTransactionId(forKey key: Key) throws -> TransactionId {
        let text = try decode(String.self, forKey: key)
        let bytes = try check(RSPJSONHex.decode(text), key)
        guard (1...16).contains(bytes.count) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "transactionId must be 1 to 16 octets (2 to 32 hex digits), got \(bytes.count)")
        }
        return try TransactionId(bytes: bytes)
    }

    /// A mandatory string that must not be empty.
    func decodeNonEmptyString(forKey key: Key) throws -> String {
        let value = try decode(String.self, forKey: key)
        try fail(RSPJSONFormats.checkNonEmpty(value, what: key.stringValue), key)
        return value
    }

    /// A mandatory EID.
    func decodeEID(forKey key: Key) throws -> EID {
        try check(RSPJSONFormats.parseEID(decode(String.self, forKey: key)), key)
    }

    /// An optional EID.
    func decodeEIDIfPresent(forKey key: Key) throws -> EID? {
        guard try decodeIfPresent(String.self, forKey: key) != nil else { return nil }
        return try decodeEID(forKey: key)
    }

    /// A mandatory ICCID.
    func decodeICCID(forKey key: Key) throws -> ICCID {
        try check(RSPJSONFormats.parseICCID(decode(String.self, forKey: key)), key)
    }

    /// An optional ICCID.
    func decodeICCIDIfPresent(forKey key: Key) throws -> ICCID? {
        guard try decodeIfPresent(String.self, forKey: key) != nil else { return nil }
        return try decodeICCID(forKey: key)
    }

    /// A mandatory W3C timestamp.
    func decodeTimestamp(forKey key: Key) throws -> Date {
        try check(RSPJSONTimestamp.parse(decode(String.self, forKey: key)), key)
    }

    private func check<Value>(_ result: Result<Value, RSPJSONFieldFault>, _ key: Key) throws -> Value {
        switch result {
        case .success(let value): return value
        case .failure(let fault):
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: fault.description)
        }
    }

    private func fail(_ fault: RSPJSONFieldFault?, _ key: Key) throws {
        if let fault {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: fault.description)
        }
    }
}
