import SwiftASN1

/// The Device the LPA runs on, as the eUICC passes it to the SM-DP+ in `CtxParams1`.
///
/// ```asn1
/// DeviceInfo ::= SEQUENCE {
///     tac            Octet4,
///     deviceCapabilities DeviceCapabilities,
///     imei           Octet8 OPTIONAL,
///     -- SGP.22 v3.1:
///     preferredLanguages SEQUENCE OF UTF8String OPTIONAL, --#DeviceInfoExtensibilitySupported#
///     deviceTestMode NULL OPTIONAL, -- #DeviceInfoExtensibilitySupported# the Device is in Device Test Mode
///     lpaRspCapability LpaRspCapability OPTIONAL -- #DeviceInfoExtensibilitySupported# Tag '85'
/// }
/// ```
/// Automatic tagging makes the components `80`, `A1`, `82`, `A3`, `84`, `85`.
public struct DeviceInfo: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// Type Allocation Code (4 octets).
    public var tac: [UInt8]
    public var deviceCapabilities: DeviceCapabilities
    /// IMEI (8 octets).
    public var imei: [UInt8]?
    /// v3.1: the user's preferred languages (RFC 5646 tags).
    public var preferredLanguages: [String]?
    /// v3.1: the Device is operating in Device Test Mode.
    public var deviceTestMode: Bool
    /// v3.1: what the LPA supports.
    public var lpaRspCapability: LpaRspCapability?

    public init(
        tac: [UInt8],
        deviceCapabilities: DeviceCapabilities,
        imei: [UInt8]? = nil,
        preferredLanguages: [String]? = nil,
        deviceTestMode: Bool = false,
        lpaRspCapability: LpaRspCapability? = nil
    ) {
        self.tac = tac
        self.deviceCapabilities = deviceCapabilities
        self.imei = imei
        self.preferredLanguages = preferredLanguages
        self.deviceTestMode = deviceTestMode
        self.lpaRspCapability = lpaRspCapability
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let tac = try DER.octets(&nodes, identifier: .context(0), size: 4...4)
            let capabilities: DeviceCapabilities = try DER.field(
                &nodes, "deviceCapabilities", identifier: .context(1))
            let imei = try DER.optionalOctets(&nodes, identifier: .context(2), size: 8...8)
            let languages: [String]? = try DER.optionalImplicitlyTagged(
                &nodes, tagNumber: 3, tagClass: .contextSpecific
            ) {
                guard case .constructed(let elements) = $0.content else {
                    throw ASN1Error.invalidASN1Object(reason: "DeviceInfo.preferredLanguages is not constructed")
                }
                return try elements.map { try DER.utf8String($0, "preferredLanguages") }
            }
            let testMode = try DER.optionalImplicitlyTagged(&nodes, tag: .context(4), as: ASN1Null.self) != nil
            return DeviceInfo(
                tac: tac,
                deviceCapabilities: capabilities,
                imei: imei,
                preferredLanguages: languages,
                deviceTestMode: testMode,
                lpaRspCapability: try DER.optionalImplicitlyTagged(&nodes, tag: .context(5)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(tac, identifier: .context(0))
            try deviceCapabilities.serialize(into: &coder, withIdentifier: .context(1))
            try coder.serializeOptionalOctets(imei, identifier: .context(2))
            if let preferredLanguages {
                try coder.appendConstructedNode(identifier: .context(3)) { coder in
                    for language in preferredLanguages {
                        try coder.serializeUTF8String(language)
                    }
                }
            }
            if deviceTestMode {
                ASN1Null().serialize(into: &coder, withIdentifier: .context(4))
            }
            try coder.serializeOptionalImplicitlyTagged(lpaRspCapability, withIdentifier: .context(5))
        }
    }
}
