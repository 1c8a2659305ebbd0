import SwiftASN1

/// ES10c.GetEID: the EID.
///
/// ```asn1
/// GetEuiccDataResponse ::= [62] SEQUENCE { -- Tag 'BF3E'
///     eidValue       [APPLICATION 26] Octet16 -- tag '5A'
/// }
/// ```
public struct GetEuiccDataResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF3E`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF3E) }

    /// The 16-octet EID (32 decimal digits, BCD).
    public var eidValue: [UInt8]

    public init(eidValue: [UInt8]) {
        self.eidValue = eidValue
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetEuiccDataResponse(eidValue: try DER.octets(&nodes, identifier: .application(26), size: 16...16))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(eidValue, identifier: .application(26))
        }
    }
}
