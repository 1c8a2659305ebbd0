import SGP22
import SwiftASN1

/// The content of an M2M Telecom Bundle: the identity of an SGP.02 eUICC and the SM-SR that owns its ISD-R.
///
/// ```asn1
/// M2MBundleImage ::= SEQUENCE {
///     euiccIdentity [0] EuiccIdentity,
///     smsrAddress [1] UTF8String (SIZE (1..255)),
///     smsrId [2] OBJECT IDENTIFIER OPTIONAL
/// }
/// ```
public struct M2MBundleImage: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var euiccIdentity: EuiccIdentity
    /// Where the SM-SR is reached (ES5).
    public var smsrAddress: String
    /// The SM-SR's identifier, when known.
    public var smsrId: ASN1ObjectIdentifier?

    public init(euiccIdentity: EuiccIdentity, smsrAddress: String, smsrId: ASN1ObjectIdentifier? = nil) {
        self.euiccIdentity = euiccIdentity
        self.smsrAddress = smsrAddress
        self.smsrId = smsrId
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            M2MBundleImage(
                euiccIdentity: try DER.field(&nodes, "euiccIdentity", identifier: .context(0)),
                smsrAddress: try DER.utf8String(&nodes, "smsrAddress", identifier: .context(1), size: 1...255),
                smsrId: try DER.optionalField(&nodes, "smsrId", identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try euiccIdentity.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeUTF8String(smsrAddress, identifier: .context(1))
            try smsrId?.serialize(into: &coder, withIdentifier: .context(2))
        }
    }
}
