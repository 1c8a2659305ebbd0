import SwiftASN1

/// The context of a common mutual authentication: which download the LPA asks for, from which Device.
///
/// SGP.22 v3.1 appends `operationType [2]`, `iccid`, `matchingIdSource [3]` and
/// `vendorSpecificExtension [4]`; they are skipped when read.
///
/// ```asn1
/// CtxParamsForCommonAuthentication ::= SEQUENCE {
///     matchingId     UTF8String OPTIONAL, -- The MatchingId could be the Activation code token or EventID or empty
///     deviceInfo     DeviceInfo -- The Device information
/// }
/// ```
/// No component is tagged in the module, so automatic tagging makes them `80` and `A1`.
public struct CtxParamsForCommonAuthentication: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The activation code token, an event ID, or nothing.
    public var matchingId: String?
    public var deviceInfo: DeviceInfo

    public init(matchingId: String? = nil, deviceInfo: DeviceInfo) {
        self.matchingId = matchingId
        self.deviceInfo = deviceInfo
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            CtxParamsForCommonAuthentication(
                matchingId: try DER.optionalUTF8String(&nodes, "matchingId", identifier: .context(0)),
                deviceInfo: try DER.field(&nodes, "deviceInfo", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOptionalUTF8String(matchingId, identifier: .context(0))
            try deviceInfo.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
