import SwiftASN1

/// Data the SM-DP+ that created a Profile stores with it.
///
/// ```asn1
/// DpProprietaryData ::= SEQUENCE { -- maximum size including tag and length field: 128 bytes
///     dpOid          OBJECT IDENTIFIER -- OID in the tree of the SM-DP+ that created the Profile
///                                      -- additional data objects defined by the SM-DP+ MAY follow
/// }
/// ```
public struct DpProprietaryData: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// OID in the tree of the SM-DP+ that created the Profile.
    public var dpOid: ASN1ObjectIdentifier
    /// The data objects the SM-DP+ placed after `dpOid`, kept as they came.
    public var additionalData: [ASN1Any]

    public init(dpOid: ASN1ObjectIdentifier, additionalData: [ASN1Any] = []) {
        self.dpOid = dpOid
        self.additionalData = additionalData
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            let dpOid = try DER.field(&nodes, "dpOid", as: ASN1ObjectIdentifier.self)
            var additionalData: [ASN1Any] = []
            while let next = nodes.next() {
                additionalData.append(ASN1Any(derEncoded: next))
            }
            return DpProprietaryData(dpOid: dpOid, additionalData: additionalData)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(dpOid)
            for object in additionalData {
                try coder.serialize(object)
            }
        }
    }
}
