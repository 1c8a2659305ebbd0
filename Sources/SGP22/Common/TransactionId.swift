import SwiftASN1

/// The identifier an RSP server gives one provisioning session.
///
/// ```asn1
/// TransactionId ::= OCTET STRING (SIZE (1..16))
/// ```
public struct TransactionId: DERImplicitlyTaggable, Hashable, Sendable, CustomStringConvertible {
    public static var defaultIdentifier: ASN1Identifier { .octetString }

    /// One to sixteen octets.
    public let bytes: [UInt8]

    /// Wraps one to sixteen octets; any other length is an error.
    public init(bytes: [UInt8]) throws {
        guard (1...16).contains(bytes.count) else {
            throw ASN1Error.invalidASN1Object(reason: "TransactionId has \(bytes.count) bytes, allowed 1...16")
        }
        self.bytes = bytes
    }

    /// The octets in upper-case hexadecimal, the form ES9+ JSON carries.
    public var description: String {
        bytes.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let octets = try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes
        guard (1...16).contains(octets.count) else {
            throw ASN1Error.invalidASN1Object(
                reason: "TransactionId \(identifier) has \(octets.count) bytes, allowed 1...16")
        }
        self.bytes = Array(octets)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeOctets(bytes, identifier: identifier)
    }
}
