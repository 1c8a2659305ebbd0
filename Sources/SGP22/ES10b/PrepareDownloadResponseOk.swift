import SwiftASN1

/// The eUICC's signed one-time key, its answer to a successful ES10b.PrepareDownload.
///
/// ```asn1
/// PrepareDownloadResponseOk ::= SEQUENCE {
///     euiccSigned2   EUICCSigned2, -- Signed information
///     euiccSignature2 [APPLICATION 55] OCTET STRING -- tag '5F37'
/// }
/// ```
public struct PrepareDownloadResponseOk: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var euiccSigned2: EUICCSigned2
    /// The eUICC's signature over euiccSigned2 and smdpSignature2, raw r‖s.
    public var euiccSignature2: [UInt8]

    public init(euiccSigned2: EUICCSigned2, euiccSignature2: [UInt8]) {
        self.euiccSigned2 = euiccSigned2
        self.euiccSignature2 = euiccSignature2
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            PrepareDownloadResponseOk(
                euiccSigned2: try DER.field(&nodes, "euiccSigned2"),
                euiccSignature2: try DER.octets(&nodes, identifier: .application(55)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(euiccSigned2)
            try coder.serializeOctets(euiccSignature2, identifier: .application(55))
        }
    }
}
