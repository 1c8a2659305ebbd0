import SwiftASN1
import Testing

@testable import SGP22

/// Helpers shared by the ES10 wire-model tests.
enum ES10TestSupport {
    /// Bytes from hexadecimal text; spaces and line breaks are ignored.
    static func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.filter { !$0.isWhitespace })
        precondition(digits.count % 2 == 0, "odd number of hex digits in test data")
        return stride(from: 0, to: digits.count, by: 2).map { index in
            guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else {
                preconditionFailure("bad hex digits in test data: \(digits[index...index + 1])")
            }
            return byte
        }
    }

    /// A BER-TLV with a definite, minimal length.
    static func tlv(_ tag: [UInt8], _ content: [UInt8]) -> [UInt8] {
        let length: [UInt8]
        switch content.count {
        case ..<0x80: length = [UInt8(content.count)]
        case ..<0x100: length = [0x81, UInt8(content.count)]
        default: length = [0x82, UInt8(content.count >> 8), UInt8(content.count & 0xFF)]
        }
        return tag + length + content
    }

    /// Encodes `value`, decodes the encoding, and returns both.
    static func roundTrip<T: DERImplicitlyTaggable & Equatable>(_ value: T) throws -> (bytes: [UInt8], decoded: T) {
        let bytes = try value.derBytes()
        return (bytes, try T(derBytes: bytes))
    }

    /// `message` (a constructed TLV whose tag takes `tagLength` octets) with `extra` appended to
    /// its content and the length fixed: how a newer version's extra component would arrive.
    static func appending(_ extra: [UInt8], toContentOf message: [UInt8], tagLength: Int) throws -> [UInt8] {
        let node = try DER.parse(message)
        guard case .constructed(let children) = node.content else {
            throw ASN1Error.invalidASN1Object(reason: "test message is not constructed")
        }
        var content: [UInt8] = []
        for child in children {
            var serializer = DER.Serializer()
            serializer.serialize(child)
            content += serializer.serializedBytes
        }
        return tlv(Array(message.prefix(tagLength)), content + extra)
    }

    /// The message with its last byte removed.
    static func truncated(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes.dropLast())
    }

    static let iccidBytes = hex("98001032547698103214")

    static func iccid() throws -> Iccid {
        try Iccid(bytes: iccidBytes)
    }
}
