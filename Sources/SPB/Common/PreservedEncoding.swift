import SwiftASN1
import SGP22

/// The exact bytes a signed structure arrived in.
///
/// A signature covers the DER bytes as the signer sent them. A decoder that skips components it does not
/// know (a later module version appends some) would change those bytes if it re-encoded its fields, and
/// every signature check would fail. Signed structures therefore keep what they received and write it back
/// unchanged until one of their fields is set.
struct PreservedEncoding: Hashable, Sendable {
    /// The identifier the value was read under.
    let identifier: ASN1Identifier
    /// The whole TLV as received.
    let bytes: [UInt8]

    init(_ node: ASN1Node) {
        self.identifier = node.identifier
        self.bytes = Array(node.encodedBytes)
    }
}

extension DER.Serializer {
    /// Writes `preserved` when it was read under `identifier`; otherwise runs `encode`.
    mutating func serialize(
        preserving preserved: PreservedEncoding?,
        identifier: ASN1Identifier,
        _ encode: (inout DER.Serializer) throws -> Void
    ) rethrows {
        if let preserved, preserved.identifier == identifier {
            serializeRawBytes(preserved.bytes)
        } else {
            try encode(&self)
        }
    }
}

extension DERSerializable {
    /// The DER of this value, or no bytes when it cannot be encoded: how signed structures compare.
    var comparableEncoding: [UInt8] {
        (try? derBytes()) ?? []
    }
}
