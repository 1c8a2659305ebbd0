import SGP22
import SwiftASN1

/// The content of an RSP Telecom Bundle: the identity of the SGP.22 eUICC the hosting iSSP installs, into
/// which any SM-DP+ may then download Profiles (RSPB1, RSPB3).
///
/// ```asn1
/// RspBundleImage ::= SEQUENCE {
///     euiccIdentity [0] EuiccIdentity,
///     defaultSmdpAddress [1] UTF8String (SIZE (1..255)) OPTIONAL
/// }
/// ```
public struct RspBundleImage: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var euiccIdentity: EuiccIdentity
    /// The default SM-DP+ address the eUICC starts with (ES10a SetDefaultDpAddress).
    public var defaultSmdpAddress: String?

    public init(euiccIdentity: EuiccIdentity, defaultSmdpAddress: String? = nil) {
        self.euiccIdentity = euiccIdentity
        self.defaultSmdpAddress = defaultSmdpAddress
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            RspBundleImage(
                euiccIdentity: try DER.field(&nodes, "euiccIdentity", identifier: .context(0)),
                defaultSmdpAddress: try DER.optionalUTF8String(
                    &nodes, "defaultSmdpAddress", identifier: .context(1), size: 1...255))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try euiccIdentity.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeOptionalUTF8String(defaultSmdpAddress, identifier: .context(1))
        }
    }
}
