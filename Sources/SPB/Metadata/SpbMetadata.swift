import SGP22
import SwiftASN1

/// The metadata of a Telecom Bundle: what the LBA lists and shows, whatever the bundle's state.
///
/// Standalone bundles also carry the profile-level data the LBA shows for an "SSP Profile" (ICCID and
/// service provider name), so that eSIM Profiles and Standalone bundles appear in one list.
///
/// ```asn1
/// SpbMetadata ::= [4352] SEQUENCE { -- Tag 'BFA200'
///     spbId [0] SpbId,
///     spbFamilyId [1] SpbFamilyId,
///     telecomBundleClass [2] TelecomBundleClass,
///     spbOwner [3] UTF8String (SIZE (1..64)),
///     spbName [4] UTF8String (SIZE (1..64)),
///     iconType [5] IconType OPTIONAL,
///     icon [6] OCTET STRING (SIZE (1..1024)) OPTIONAL,
///     spbState [7] SpbState,
///     spbSize [8] INTEGER (0..MAX),
///     iccid [9] Iccid OPTIONAL,
///     serviceProviderName [10] UTF8String (SIZE (0..32)) OPTIONAL,
///     spbmAddress [11] UTF8String (SIZE (1..255)) OPTIONAL
/// }
/// ```
public struct SpbMetadata: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA200`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA200) }

    public var spbId: SpbId
    public var spbFamilyId: SpbFamilyId
    public var telecomBundleClass: TelecomBundleClass
    /// Who issued the bundle (operator or service provider).
    public var spbOwner: String
    /// The name shown to the end user.
    public var spbName: String
    /// The icon's format; present exactly when `icon` is.
    public var iconType: IconType?
    /// A JPG or PNG of at most 1024 bytes.
    public var icon: [UInt8]?
    public var spbState: SpbState
    /// Bytes of Primary Platform memory the bundle takes.
    public var spbSize: Int
    /// Standalone class: the subscription's ICCID.
    public var iccid: Iccid?
    /// Standalone class: the service provider name (EF_SPN).
    public var serviceProviderName: String?
    /// The SPB Manager that receives the bundle's notifications.
    public var spbmAddress: String?

    public init(
        spbId: SpbId,
        spbFamilyId: SpbFamilyId,
        telecomBundleClass: TelecomBundleClass,
        spbOwner: String,
        spbName: String,
        iconType: IconType? = nil,
        icon: [UInt8]? = nil,
        spbState: SpbState,
        spbSize: Int,
        iccid: Iccid? = nil,
        serviceProviderName: String? = nil,
        spbmAddress: String? = nil
    ) {
        self.spbId = spbId
        self.spbFamilyId = spbFamilyId
        self.telecomBundleClass = telecomBundleClass
        self.spbOwner = spbOwner
        self.spbName = spbName
        self.iconType = iconType
        self.icon = icon
        self.spbState = spbState
        self.spbSize = spbSize
        self.iccid = iccid
        self.serviceProviderName = serviceProviderName
        self.spbmAddress = spbmAddress
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let metadata = SpbMetadata(
                spbId: try DER.field(&nodes, "spbId", identifier: .context(0)),
                spbFamilyId: try DER.field(&nodes, "spbFamilyId", identifier: .context(1)),
                telecomBundleClass: try DER.field(&nodes, "telecomBundleClass", identifier: .context(2)),
                spbOwner: try DER.utf8String(&nodes, "spbOwner", identifier: .context(3), size: 1...64),
                spbName: try DER.utf8String(&nodes, "spbName", identifier: .context(4), size: 1...64),
                iconType: try DER.optionalField(&nodes, "iconType", identifier: .context(5)),
                icon: try DER.optionalOctets(&nodes, "icon", identifier: .context(6), size: 1...1024),
                spbState: try DER.field(&nodes, "spbState", identifier: .context(7)),
                spbSize: try DER.integer(&nodes, "spbSize", identifier: .context(8)),
                iccid: try DER.optionalField(&nodes, "iccid", identifier: .context(9)),
                serviceProviderName: try DER.optionalUTF8String(
                    &nodes, "serviceProviderName", identifier: .context(10), size: 0...32),
                spbmAddress: try DER.optionalUTF8String(&nodes, "spbmAddress", identifier: .context(11), size: 1...255))
            guard (metadata.iconType == nil) == (metadata.icon == nil) else {
                throw ASN1Error.invalidASN1Object(reason: "SpbMetadata: iconType and icon must come together")
            }
            return metadata
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try spbId.serialize(into: &coder, withIdentifier: .context(0))
            try spbFamilyId.serialize(into: &coder, withIdentifier: .context(1))
            try telecomBundleClass.serialize(into: &coder, withIdentifier: .context(2))
            try coder.serializeUTF8String(spbOwner, identifier: .context(3))
            try coder.serializeUTF8String(spbName, identifier: .context(4))
            try iconType?.serialize(into: &coder, withIdentifier: .context(5))
            try coder.serializeOptionalOctets(icon, identifier: .context(6))
            try spbState.serialize(into: &coder, withIdentifier: .context(7))
            try spbSize.serialize(into: &coder, withIdentifier: .context(8))
            try iccid?.serialize(into: &coder, withIdentifier: .context(9))
            try coder.serializeOptionalUTF8String(serviceProviderName, identifier: .context(10))
            try coder.serializeOptionalUTF8String(spbmAddress, identifier: .context(11))
        }
    }
}
