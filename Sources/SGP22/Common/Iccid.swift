import SwiftASN1

/// The ten ICCID octets as EFiccid stores them (BCD, nibble-swapped, padded with `F`).
///
/// A thin byte wrapper for the wire; digit handling and the Luhn check live in `ICCID`.
///
/// ```asn1
/// Iccid ::= [APPLICATION 26] OCTET STRING (SIZE (10)) -- ICCID as coded in EFiccid, corresponding tag is '5A'
/// ```
public struct Iccid: DERImplicitlyTaggable, Hashable, Sendable, CustomStringConvertible {
    /// `5A`.
    public static var defaultIdentifier: ASN1Identifier { .application(26) }

    /// Exactly ten octets.
    public let bytes: [UInt8]

    /// Wraps the ten EFiccid octets; any other length is an error.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 10 else {
            throw ASN1Error.invalidASN1Object(reason: "Iccid has \(bytes.count) bytes, expected 10")
        }
        self.bytes = bytes
    }

    /// The octets in hexadecimal, as EFiccid holds them (e.g. `98001032547698103214`).
    public var description: String {
        bytes.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let octets = try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes
        guard octets.count == 10 else {
            throw ASN1Error.invalidASN1Object(
                reason: "Iccid \(identifier) has \(octets.count) bytes, expected 10")
        }
        self.bytes = Array(octets)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeOctets(bytes, identifier: identifier)
    }
}
