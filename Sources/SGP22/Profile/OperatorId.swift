import SwiftASN1

/// Identifies a Profile owner or an operator allowed by a Profile Policy Authorisation Rule.
///
/// ```asn1
/// OperatorId ::= SEQUENCE {
///     mccMnc         OCTET STRING (SIZE (3)), -- MCC and MNC coded as defined in 3GPP TS 24.008 [32]
///     gid1           OCTET STRING OPTIONAL, -- referring to content of EF GID1 (file identifier '6F3E')
///     gid2           OCTET STRING OPTIONAL -- referring to content of EF GID2 (file identifier '6F3F')
/// }
/// ```
/// Automatic tagging makes the components `80`, `81`, `82`.
public struct OperatorId: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// MCC and MNC as 3GPP TS 24.008 codes them (3 octets).
    public var mccMnc: [UInt8]
    public var gid1: [UInt8]?
    public var gid2: [UInt8]?

    public init(mccMnc: [UInt8], gid1: [UInt8]? = nil, gid2: [UInt8]? = nil) {
        self.mccMnc = mccMnc
        self.gid1 = gid1
        self.gid2 = gid2
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            OperatorId(
                mccMnc: try DER.octets(&nodes, identifier: .context(0), size: 3...3),
                gid1: try DER.optionalOctets(&nodes, identifier: .context(1)),
                gid2: try DER.optionalOctets(&nodes, identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(mccMnc, identifier: .context(0))
            try coder.serializeOptionalOctets(gid1, identifier: .context(1))
            try coder.serializeOptionalOctets(gid2, identifier: .context(2))
        }
    }
}
