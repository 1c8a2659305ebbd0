import SwiftASN1

/// An ASN.1 `BIT STRING { name (n), … }` as a Swift option set.
///
/// Bit `n` of the ASN.1 type (bit 0 is the most significant bit of the first content
/// octet) is `1 << n` in `rawValue`. Encoding follows DER for named bit lists: trailing
/// zero bits are dropped, so the empty set is `03 01 00`. Decoding accepts any length;
/// bits numbered 64 and above have no name in SGP.22 and are ignored.
public protocol NamedBitList: OptionSet, DERImplicitlyTaggable, Hashable, Sendable where RawValue == UInt64 {}

extension NamedBitList {
    /// A named bit list is a universal BIT STRING (tag `03`) unless the module tags it.
    public static var defaultIdentifier: ASN1Identifier { .bitString }

    /// The set holding only the named bit `number` (ASN.1 numbering).
    public init(bit number: Int) {
        self.init(rawValue: number >= 0 && number < 64 ? UInt64(1) << UInt64(number) : 0)
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let bitString = try ASN1BitString(derEncoded: node, withIdentifier: identifier)
        var raw: UInt64 = 0
        for (octetIndex, octet) in bitString.bytes.enumerated() where octetIndex < 8 {
            for bitInOctet in 0..<8 where octet & (0x80 >> UInt8(bitInOctet)) != 0 {
                raw |= UInt64(1) << UInt64(octetIndex * 8 + bitInOctet)
            }
        }
        self.init(rawValue: raw)
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        // DER for named bit lists: the string ends at the highest bit that is set.
        let bitCount = rawValue == 0 ? 0 : 64 - rawValue.leadingZeroBitCount
        var octets = [UInt8](repeating: 0, count: (bitCount + 7) / 8)
        for bit in 0..<bitCount where rawValue & (UInt64(1) << UInt64(bit)) != 0 {
            octets[bit / 8] |= 0x80 >> UInt8(bit % 8)
        }
        let bitString = ASN1BitString(bytes: octets[...], paddingBits: octets.count * 8 - bitCount)
        try bitString.serialize(into: &coder, withIdentifier: identifier)
    }
}
