import SGP22
import SwiftASN1

/// Si3.LoadBoundSpbInfo: the LBA hands the bound SPB image from Si2.GetBoundSpb to the SPBL, which answers
/// with a signed ``SpbInstallationResult``.
///
/// ```asn1
/// LoadBoundSpbInfoRequest ::= [4099] SEQUENCE { -- Tag 'BFA003', answered by SpbInstallationResult 'BFA203'
///     boundSpbImage [4353] BoundSpbImage -- its own tag 'BFA201' repeated, so automatic tagging does not apply
/// }
/// ```
public struct LoadBoundSpbInfoRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA003`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA003) }

    public var boundSpbImage: BoundSpbImage

    public init(boundSpbImage: BoundSpbImage) {
        self.boundSpbImage = boundSpbImage
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            LoadBoundSpbInfoRequest(boundSpbImage: try DER.field(&nodes, "boundSpbImage"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(boundSpbImage)
        }
    }
}
