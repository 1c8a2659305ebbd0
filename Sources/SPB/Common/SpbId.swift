import Foundation
import SwiftASN1
import SGP22

/// The identifier of one Secondary Platform Bundle: a UUID (RFC 9562), unique across the iSSP.
///
/// ```asn1
/// SpbId ::= OCTET STRING (SIZE (16))
/// ```
public struct SpbId: DERImplicitlyTaggable, Hashable, Sendable, CustomStringConvertible {
    public static var defaultIdentifier: ASN1Identifier { .octetString }

    /// The sixteen octets.
    public let bytes: [UInt8]

    /// Wraps sixteen octets; any other length is an error.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 16 else {
            throw ASN1Error.invalidASN1Object(reason: "SpbId has \(bytes.count) bytes, expected 16")
        }
        self.bytes = bytes
    }

    /// The identifier of `uuid`.
    public init(_ uuid: UUID) {
        self.bytes = withUnsafeBytes(of: uuid.uuid) { Array($0) }
    }

    /// A fresh random identifier.
    public static func random() -> SpbId {
        SpbId(UUID())
    }

    /// Parses the canonical UUID text form (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, any case).
    public init?(uuidString: String) {
        guard let uuid = UUID(uuidString: uuidString) else { return nil }
        self.init(uuid)
    }

    /// The identifier as a UUID.
    public var uuid: UUID {
        let b = bytes
        return UUID(
            uuid: (
                b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]
            ))
    }

    /// The upper-case UUID text, e.g. `E621E1F8-C36C-495A-93FC-0C247A3E6E5F`.
    public var description: String { uuid.uuidString }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let octets = Array(try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes)
        guard octets.count == 16 else {
            throw ASN1Error.invalidASN1Object(reason: "SpbId \(identifier) has \(octets.count) bytes, expected 16")
        }
        self.bytes = octets
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeOctets(bytes, identifier: identifier)
    }
}
