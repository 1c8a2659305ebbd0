import APDU
import SGP22
import SwiftASN1

/// The LPA's typed side of ES10a/b/c: each call encodes an SGP.22 request, sends it to the ISD-R as one
/// STORE DATA command over an `ES10Transport`, decodes the response, and turns a card error into an
/// ``ES10Error`` with a sentence.
///
/// The transport must be open (a logical channel with the ISD-R selected, see `ES10Transport.open()`); the
/// client never sends anything but STORE DATA on it, so one transport may be shared with other tools.
public struct ES10Client: Sendable {
    /// The terminal-side transport to the ISD-R.
    public let transport: ES10Transport

    /// A client over an open transport.
    public init(transport: ES10Transport) {
        self.transport = transport
    }

    /// Sends one request and decodes the answer as `Response`.
    ///
    /// - Returns: the decoded response and its exact bytes (some responses are relayed to the SM-DP+ as they are).
    func call<Response: DERParseable>(
        _ function: ES10Tag, _ request: some DERSerializable, as type: Response.Type = Response.self
    ) async throws(ES10Error) -> (response: Response, bytes: [UInt8]) {
        let encoded: [UInt8]
        do {
            encoded = try request.derBytes()
        } catch {
            throw .transport(function: function, reason: "the request could not be encoded: \(error)")
        }
        let answer = try await send(function, encoded)
        return (try Self.decode(function, answer, as: Response.self), answer)
    }

    /// Sends already encoded bytes as one ES10 command and returns the card's answer.
    func send(_ function: ES10Tag, _ bytes: [UInt8]) async throws(ES10Error) -> [UInt8] {
        do {
            return try await transport.transmitES10(bytes)
        } catch let error as ES10TransportError {
            if case .unexpectedStatus(let statusWord, let step) = error {
                throw .cardRefused(function: function, statusWord: statusWord, step: step)
            }
            throw .transport(function: function, reason: error.description)
        } catch {
            throw .transport(function: function, reason: String(describing: error))
        }
    }

    /// Decodes `bytes` as `Response`, naming the function when they are not one.
    static func decode<Response: DERParseable>(
        _ function: ES10Tag, _ bytes: [UInt8], as type: Response.Type = Response.self
    ) throws(ES10Error) -> Response {
        guard !bytes.isEmpty else {
            throw .malformedResponse(function: function, reason: "the card answered no data")
        }
        do {
            return try Response(derBytes: bytes)
        } catch {
            throw .malformedResponse(function: function, reason: "\(error)")
        }
    }

    /// How a profile identifier reads in a sentence: "ICCID 8949…" or "the ISD-P A0000005…".
    static func describe(_ identifier: ProfileIdentifier) -> String {
        switch identifier {
        case .iccid(let wire):
            return (try? ICCID(wire)).map { "ICCID \($0)" } ?? "ICCID \(wire)"
        case .isdpAid(let aid):
            return "the ISD-P " + aid.map { byte in
                let hex = String(byte, radix: 16, uppercase: true)
                return byte < 0x10 ? "0" + hex : hex
            }.joined()
        }
    }
}

/// An ES10 answer together with its exact DER bytes, for answers the LPA relays to the SM-DP+ unchanged.
public struct ES10Answer<Value: Sendable>: Sendable {
    /// The decoded answer.
    public let value: Value
    /// The bytes the card sent.
    public let derBytes: [UInt8]

    /// Pairs a value with its bytes.
    public init(value: Value, derBytes: [UInt8]) {
        self.value = value
        self.derBytes = derBytes
    }
}
