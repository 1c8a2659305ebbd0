import SwiftASN1

/// The second command of a Bound Profile Package (encrypted in the first `87`): sets up the ISD-P.
///
/// ```asn1
/// ConfigureISDPRequest ::= [36] SEQUENCE { -- Tag 'BF24'
///     dpProprietaryData [24] DpProprietaryData OPTIONAL -- Tag 'B8'
/// }
/// ```
public struct ConfigureISDPRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF24`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF24) }

    /// Data the SM-DP+ stores with the Profile (`B8`).
    public var dpProprietaryData: DpProprietaryData?

    public init(dpProprietaryData: DpProprietaryData? = nil) {
        self.dpProprietaryData = dpProprietaryData
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            ConfigureISDPRequest(dpProprietaryData: try DER.optionalImplicitlyTagged(&nodes, tag: .context(24)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOptionalImplicitlyTagged(dpProprietaryData, withIdentifier: .context(24))
        }
    }
}
