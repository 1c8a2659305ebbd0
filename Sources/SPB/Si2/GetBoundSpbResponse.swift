import SGP22
import SwiftASN1

/// The bound SPB image, which the LBA hands to Si3.LoadBoundSpbInfo.
///
/// When the download fails at this step instead, the HTTP binding answers `Failed` and may carry an
/// ``SpbFallbackMessage`` beside the status (see ``Si2ResponseBody``).
///
/// ```asn1
/// GetBoundSpbResponse ::= [4227] SEQUENCE { -- Tag 'BFA103'
///     transactionId [0] TransactionId,
///     boundSpbImage BoundSpbImage
/// }
/// ```
public struct GetBoundSpbResponse: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA103`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA103) }

    public var transactionId: TransactionId
    public var boundSpbImage: BoundSpbImage

    public init(transactionId: TransactionId, boundSpbImage: BoundSpbImage) {
        self.transactionId = transactionId
        self.boundSpbImage = boundSpbImage
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            GetBoundSpbResponse(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                boundSpbImage: try DER.field(&nodes, "boundSpbImage"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serialize(boundSpbImage)
        }
    }
}
