import SGP22
import SwiftASN1

/// A Telecom Bundle bound to one SPBL session by the SPB Manager: what Si2.GetBoundSpb returns and
/// Si3.LoadBoundSpbInfo installs.
///
/// The image content (``SpbImageContent``) is encrypted and MACed with BSP (SCP03t) under keys that only
/// the SPBL holding the session's ephemeral key can derive; see `docs/si2-si3.md`.
///
/// ```asn1
/// BoundSpbImage ::= [4353] SEQUENCE { -- Tag 'BFA201'
///     boundSpbImageHeader BoundSpbImageHeader,
///     spbmSignature2 [APPLICATION 55] OCTET STRING, -- over DER(boundSpbImageHeader) || '5F49' L otPK.SPBL.ECKA
///     encryptedImage [0] SEQUENCE OF [6] OCTET STRING -- BSP segments '86' carrying the DER of SpbImageContent
/// }
/// ```
public struct BoundSpbImage: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA201`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA201) }

    public var boundSpbImageHeader: BoundSpbImageHeader
    /// The SPB Manager's signature over the header and the SPBL's ephemeral key, raw r‖s.
    public var spbmSignature2: [UInt8]
    /// The contents of the `86` segments (ciphertext followed by the 8-byte C-MAC).
    public var encryptedImage: [[UInt8]]

    public init(boundSpbImageHeader: BoundSpbImageHeader, spbmSignature2: [UInt8], encryptedImage: [[UInt8]]) {
        self.boundSpbImageHeader = boundSpbImageHeader
        self.spbmSignature2 = spbmSignature2
        self.encryptedImage = encryptedImage
    }

    /// The segments as the TLVs BSP protected (`86 L content`), in order.
    public var segmentTLVs: [[UInt8]] {
        get throws {
            try encryptedImage.map { content in
                var serializer = DER.Serializer()
                try serializer.serializeOctets(content, identifier: .context(6))
                return serializer.serializedBytes
            }
        }
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            BoundSpbImage(
                boundSpbImageHeader: try DER.field(&nodes, "boundSpbImageHeader"),
                spbmSignature2: try DER.signature(&nodes, "spbmSignature2"),
                encryptedImage: try DER.taggedOctetsList(
                    &nodes, "encryptedImage", identifier: .context(0), element: .context(6)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(boundSpbImageHeader)
            try coder.serializeOctets(spbmSignature2, identifier: .application(55))
            try coder.serializeTaggedOctetsList(encryptedImage, identifier: .context(0), element: .context(6))
        }
    }
}
