import SwiftASN1

/// ES10c.GetEID: asks for the EID.
///
/// ```asn1
/// GetEuiccDataRequest ::= [62] SEQUENCE { -- Tag 'BF3E'
///     tagList        [APPLICATION 28] Octet1 -- tag '5C', the value SHALL be set to '5A'
/// }
/// ```
public struct GetEuiccDataRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF3E`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF3E) }

    /// One octet; SGP.22 requires `5A` (the EID's tag).
    public var tagList: [UInt8]

    public init(tagList: [UInt8] = [0x5A]) {
        self.tagList = tagList
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetEuiccDataRequest(tagList: try DER.octets(&nodes, identifier: .application(28), size: 1...1))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(tagList, identifier: .application(28))
        }
    }
}
