import SGP22
import SwiftASN1

/// A PLMN identity (MCC and MNC), three octets as 3GPP TS 24.008 section 10.5.1.13 codes it:
/// `MCC2 MCC1 | MNC3 MCC3 | MNC2 MNC1`, with `F` for MNC digit 3 when the MNC has two digits.
///
/// ```asn1
/// Plmn ::= OCTET STRING (SIZE (3))
/// ```
public struct Plmn: DERImplicitlyTaggable, Hashable, Sendable, CustomStringConvertible {
    public static var defaultIdentifier: ASN1Identifier { .octetString }

    /// Three decimal digits.
    public let mcc: String
    /// Two or three decimal digits.
    public let mnc: String

    /// Builds a PLMN from its digits, e.g. `Plmn(mcc: "001", mnc: "01")`.
    public init(mcc: String, mnc: String) throws {
        let isDigits: (String) -> Bool = { $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        guard mcc.count == 3, isDigits(mcc) else {
            throw ASN1Error.invalidASN1Object(reason: "MCC \"\(mcc.prefix(8))\" must be three digits")
        }
        guard (2...3).contains(mnc.count), isDigits(mnc) else {
            throw ASN1Error.invalidASN1Object(reason: "MNC \"\(mnc.prefix(8))\" must be two or three digits")
        }
        self.mcc = mcc
        self.mnc = mnc
    }

    /// Decodes the three TS 24.008 octets.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 3 else {
            throw ASN1Error.invalidASN1Object(reason: "PLMN has \(bytes.count) bytes, expected 3")
        }
        let nibbles = [bytes[0] & 0x0F, bytes[0] >> 4, bytes[1] & 0x0F, bytes[2] & 0x0F, bytes[2] >> 4, bytes[1] >> 4]
        let mccDigits = nibbles[0..<3]
        let mncDigits = nibbles[5] == 0x0F ? nibbles[3..<5] : nibbles[3..<6]
        guard (mccDigits + mncDigits).allSatisfy({ $0 <= 9 }) else {
            throw ASN1Error.invalidASN1Object(reason: "PLMN \(Hex.encode(bytes)) holds a nibble that is not a digit")
        }
        try self.init(mcc: mccDigits.map(String.init).joined(), mnc: mncDigits.map(String.init).joined())
    }

    /// The three TS 24.008 octets.
    public var bytes: [UInt8] {
        let m = mcc.unicodeScalars.map { UInt8($0.value - 0x30) }
        let n = mnc.unicodeScalars.map { UInt8($0.value - 0x30) }
        let mnc3: UInt8 = n.count == 3 ? n[2] : 0x0F
        return [m[1] << 4 | m[0], mnc3 << 4 | m[2], n[1] << 4 | n[0]]
    }

    /// `001-01`.
    public var description: String { "\(mcc)-\(mnc)" }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        try self.init(bytes: Array(try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes))
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeOctets(bytes, identifier: identifier)
    }
}
