import SwiftASN1

/// ES10a.SetDefaultDpAddress: set (or with an empty string, clear) the default SM-DP+ address.
///
/// ```asn1
/// SetDefaultDpAddressRequest ::= [63] SEQUENCE { -- Tag 'BF3F'
///     defaultDpAddress UTF8String, -- Default SM-DP+ address as an FQDN
///     allowedCiPKId  SubjectKeyIdentifier OPTIONAL -- #SupportedFromV3.0.0# PKID allowed for the Default SM-DP+
/// }
/// ```
/// Automatic tagging makes the components `80` and `81`.
public struct SetDefaultDpAddressRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF3F`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF3F) }

    /// The default SM-DP+ address (an FQDN).
    public var defaultDpAddress: String
    /// v3.1: the CI public key identifier allowed for the default SM-DP+.
    public var allowedCiPKId: [UInt8]?

    public init(defaultDpAddress: String, allowedCiPKId: [UInt8]? = nil) {
        self.defaultDpAddress = defaultDpAddress
        self.allowedCiPKId = allowedCiPKId
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SetDefaultDpAddressRequest(
                defaultDpAddress: try DER.utf8String(&nodes, "defaultDpAddress", identifier: .context(0)),
                allowedCiPKId: try DER.optionalOctets(&nodes, identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeUTF8String(defaultDpAddress, identifier: .context(0))
            try coder.serializeOptionalOctets(allowedCiPKId, identifier: .context(1))
        }
    }
}
