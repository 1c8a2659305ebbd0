import Foundation
import Testing

@testable import SGP22

/// Shared helpers for the ES9+/ES2+ JSON tests.
enum JSONTestSupport {
    /// `/work/main` (the clone), found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // JSON
        .deletingLastPathComponent()  // SGP22Tests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// A file under the shared reference data folder beside the clone.
    static func sharedData(_ relativePath: String) throws -> [UInt8] {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/" + relativePath)
        return Array(try Data(contentsOf: url))
    }

    /// Octets from hexadecimal (test literals only).
    static func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.filter { !$0.isWhitespace }.utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < digits.count {
            let pair = String(decoding: digits[index...index + 1], as: UTF8.self)
            bytes.append(UInt8(pair, radix: 16) ?? 0)
            index += 2
        }
        return bytes
    }

    /// The JSON object `data` holds, for looking at keys and raw values.
    static func object(_ data: Data) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: data)
        return try #require(value as? [String: Any])
    }

    /// The keys of `data`'s top-level object.
    static func keys(_ data: Data) throws -> Set<String> {
        Set(try object(data).keys)
    }

    /// The keys of the object at `key` inside `data`'s top-level object.
    static func keys(_ data: Data, inside key: String) throws -> Set<String> {
        let nested = try #require(try object(data)[key] as? [String: Any])
        return Set(nested.keys)
    }

    /// UTF-8 data of a JSON literal.
    static func body(_ text: String) -> Data {
        Data(text.utf8)
    }

    /// A request header for ES2+ tests.
    static let operatorHeader = RequestHeader(
        functionRequesterIdentifier: "operator-1", functionCallIdentifier: "call-0001")

    /// A transaction identifier for ES9+ tests.
    static let transactionId: TransactionId = {
        do {
            return try TransactionId(bytes: hex("E4F6996D64A543FC8A7F6F8F97F9428D"))
        } catch {
            preconditionFailure("fixed test transaction id is valid")
        }
    }()

    /// Encodes then decodes `value`, checks equality and that a second encoding is byte-identical.
    static func roundTrip<Message: Codable & Equatable>(_ value: Message) throws -> Data {
        let first = try RSPJSON.encode(value)
        let decoded = try RSPJSON.decode(Message.self, from: first)
        #expect(decoded == value)
        let second = try RSPJSON.encode(decoded)
        #expect(second == first)
        return first
    }

    /// Runs `decode` and returns the `RSPJSONError` it must throw.
    static func decodeError<Message: Decodable>(
        _ type: Message.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> RSPJSONError? {
        #expect(throws: RSPJSONError.self, sourceLocation: sourceLocation) {
            try RSPJSON.decode(type, from: body(text))
        }
    }
}
