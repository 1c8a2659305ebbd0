import SGP22
import SwiftASN1

/// Si3.ListSpbs: asks for the metadata of the installed bundles, optionally filtered.
///
/// ```asn1
/// ListSpbsRequest ::= [4100] SEQUENCE { -- Tag 'BFA004'
///     spbId [0] SpbId OPTIONAL,                        -- only this SPB
///     telecomBundleClass [1] TelecomBundleClass OPTIONAL -- only SPBs of this class
/// }
/// ```
public struct ListSpbsRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA004`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA004) }

    public var spbId: SpbId?
    public var telecomBundleClass: TelecomBundleClass?

    public init(spbId: SpbId? = nil, telecomBundleClass: TelecomBundleClass? = nil) {
        self.spbId = spbId
        self.telecomBundleClass = telecomBundleClass
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            ListSpbsRequest(
                spbId: try DER.optionalField(&nodes, "spbId", identifier: .context(0)),
                telecomBundleClass: try DER.optionalField(&nodes, "telecomBundleClass", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try spbId?.serialize(into: &coder, withIdentifier: .context(0))
            try telecomBundleClass?.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
