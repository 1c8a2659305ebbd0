import SwiftASN1
import SGP22

/// An SPB family: an identifier assigned by the family's custodian, and the custodian's OID.
///
/// Each family has exactly one CI. The Telecom family defaults to family ID `0001` under the custodian
/// `2.999.3103.4.1`; both are configurable (``telecom(familyId:custodian:)``).
///
/// ```asn1
/// SpbFamilyId ::= SEQUENCE {
///     familyId [0] OCTET STRING (SIZE (1..16)),
///     custodianOid [1] OBJECT IDENTIFIER
/// }
/// ```
public struct SpbFamilyId: DERImplicitlyTaggable, Hashable, Sendable, CustomStringConvertible {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The sizes a family identifier may have.
    public static let familyIdSizes = 1...16
    /// The default Telecom family identifier, `0001`.
    public static let defaultTelecomFamilyId: [UInt8] = [0x00, 0x01]

    /// One to sixteen octets, assigned by the custodian.
    public let familyId: [UInt8]
    /// The custodian's OID.
    public let custodianOid: ASN1ObjectIdentifier

    /// Builds a family identity; the family ID must have 1 to 16 octets.
    public init(familyId: [UInt8], custodianOid: ASN1ObjectIdentifier) throws {
        guard Self.familyIdSizes.contains(familyId.count) else {
            throw ASN1Error.invalidASN1Object(
                reason: "SPB family ID has \(familyId.count) bytes, allowed \(Self.familyIdSizes)")
        }
        self.familyId = familyId
        self.custodianOid = custodianOid
    }

    /// The Telecom family, by default `0001` under `2.999.3103.4.1`.
    public static func telecom(
        familyId: [UInt8] = defaultTelecomFamilyId,
        custodian: ASN1ObjectIdentifier = SPBObjectIdentifiers.defaultTelecomCustodian
    ) throws -> SpbFamilyId {
        try SpbFamilyId(familyId: familyId, custodianOid: custodian)
    }

    /// The family ID in upper-case hexadecimal, the form activation codes carry.
    public var familyIdHex: String { Hex.encode(familyId) }

    /// The custodian OID in dotted form.
    public var custodianDotted: String { custodianOid.dottedText }

    /// `0001@2.999.3103.4.1`.
    public var description: String { "\(familyIdHex)@\(custodianDotted)" }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            try SpbFamilyId(
                familyId: try DER.octets(&nodes, "familyId", identifier: .context(0), size: Self.familyIdSizes),
                custodianOid: try DER.field(&nodes, "custodianOid", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(familyId, identifier: .context(0))
            try custodianOid.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
