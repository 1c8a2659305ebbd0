import SGP22
import SwiftASN1

/// The details of an IoT Minimal Profile, mandatory in those profiles' headers.
///
/// ```asn1
/// IotOptions ::= SEQUENCE {
///     pix            OCTET STRING (SIZE (7..11)) -- PIX value to be used for IoT Minimal Profiles
/// }
/// ```
public struct IotOptions: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The PIX (proprietary application identifier extension) for the IoT Minimal Profile.
    public var pix: [UInt8]

    public init(pix: [UInt8]) {
        self.pix = pix
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            IotOptions(pix: try DER.octets(&nodes, identifier: .context(0), size: 7...11))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(pix, identifier: .context(0))
        }
    }
}
