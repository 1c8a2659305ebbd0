import SwiftASN1

/// Where to find the eUICC's certification (GlobalPlatform DLOA).
///
/// ```asn1
/// CertificationDataObject ::= SEQUENCE {
///     platformLabel  UTF8String, -- Platform_Label as defined in GlobalPlatform DLOA specification [57]
///     discoveryBaseURL UTF8String -- Discovery Base URL of the SE default DLOA Registrar
/// }
/// ```
/// Automatic tagging makes the components `80` and `81`.
public struct CertificationDataObject: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var platformLabel: String
    public var discoveryBaseURL: String

    public init(platformLabel: String, discoveryBaseURL: String) {
        self.platformLabel = platformLabel
        self.discoveryBaseURL = discoveryBaseURL
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            CertificationDataObject(
                platformLabel: try DER.utf8String(&nodes, "platformLabel", identifier: .context(0)),
                discoveryBaseURL: try DER.utf8String(&nodes, "discoveryBaseURL", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeUTF8String(platformLabel, identifier: .context(0))
            try coder.serializeUTF8String(discoveryBaseURL, identifier: .context(1))
        }
    }
}
