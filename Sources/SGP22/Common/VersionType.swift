import SwiftASN1

/// A specification or firmware version as SGP.22 carries it.
///
/// ```asn1
/// VersionType ::= OCTET STRING (SIZE (3)) -- major/minor/revision version are coded as binary value
///                                          -- on byte 1/2/3, e.g. '02 00 0C' for v2.0.12.
/// -- If revision is not used (e.g. v2.1), byte 3 SHALL be set to '00'.
/// ```
public struct VersionType: DERImplicitlyTaggable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public static var defaultIdentifier: ASN1Identifier { .octetString }

    public var major: UInt8
    public var minor: UInt8
    public var revision: UInt8

    public init(major: UInt8, minor: UInt8, revision: UInt8 = 0) {
        self.major = major
        self.minor = minor
        self.revision = revision
    }

    /// The three octets on the wire.
    public var bytes: [UInt8] { [major, minor, revision] }

    /// "2.2.0".
    public var description: String { "\(major).\(minor).\(revision)" }

    public static func < (lhs: VersionType, rhs: VersionType) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let octets = try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes
        guard octets.count == 3 else {
            throw ASN1Error.invalidASN1Object(
                reason: "VersionType \(identifier) has \(octets.count) bytes, expected 3")
        }
        let start = octets.startIndex
        self.init(major: octets[start], minor: octets[start + 1], revision: octets[start + 2])
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.serializeOctets(bytes, identifier: identifier)
    }
}
