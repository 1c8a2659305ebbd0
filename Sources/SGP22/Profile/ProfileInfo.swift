import SwiftASN1

/// What the eUICC tells about one installed Profile (ES10c.GetProfilesInfo).
///
/// The v2.2 components, followed by the v3.1 components this model reads:
/// `hriServerAddress`, `serviceDescription`, `enabledOnEsimPort` (MEP) and `profileSize`.
/// Other v3.1 components (RPM, LPA proxy, enterprise and device-change configuration,
/// service-specific data) and anything newer are skipped.
///
/// ```asn1
/// ProfileInfo ::= [PRIVATE 3] SEQUENCE { -- Tag 'E3'
///     iccid          Iccid OPTIONAL,
///     isdpAid        [APPLICATION 15] OctetTo16 OPTIONAL, -- AID of the ISD-P containing the Profile, tag '4F'
///     profileState   [112] ProfileState OPTIONAL, -- Tag '9F70'
///     profileNickname [16] UTF8String (SIZE (0..64)) OPTIONAL, -- Tag '90'
///     serviceProviderName [17] UTF8String (SIZE (0..32)) OPTIONAL, -- Tag '91'
///     profileName    [18] UTF8String (SIZE (0..64)) OPTIONAL, -- Tag '92'
///     iconType       [19] IconType OPTIONAL, -- Tag '93'
///     icon           [20] OCTET STRING (SIZE (0..1024)) OPTIONAL, -- Tag '94'
///     profileClass   [21] ProfileClass OPTIONAL, -- Tag '95'
///     notificationConfigurationInfo [22] SEQUENCE OF NotificationConfigurationInformation OPTIONAL, -- Tag 'B6'
///     profileOwner   [23] OperatorId OPTIONAL, -- Tag 'B7'
///     dpProprietaryData [24] DpProprietaryData OPTIONAL, -- Tag 'B8'
///     profilePolicyRules [25] PprIds OPTIONAL, -- Tag '99'
///     -- SGP.22 v3.1:
///     serviceSpecificDataStoredInEuicc [34] VendorSpecificExtension OPTIONAL, -- Tag 'BF22'
///     rpmConfiguration [26] RpmConfiguration OPTIONAL, -- Tag 'BA'
///     hriServerAddress [27] UTF8String OPTIONAL, -- Tag '9B'
///     lprConfiguration [28] LprConfiguration OPTIONAL, -- Tag 'BC'
///     enterpriseConfiguration [29] EnterpriseConfiguration OPTIONAL, -- Tag 'BD'
///     serviceDescription [31] ServiceDescription OPTIONAL, -- Tag '9F1F'
///     deviceChangeConfiguration [32] DeviceChangeConfiguration OPTIONAL, -- Tag 'BF20'
///     enabledOnEsimPort [36] INTEGER OPTIONAL, -- #SupportedForMEPV3.0.0# Tag '9F24'
///     profileSize    [37] INTEGER OPTIONAL -- #SupportedFromV3.0.0# Tag '9F25'
/// }
/// ```
public struct ProfileInfo: DERImplicitlyTaggable, Hashable, Sendable {
    /// `E3`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xE3) }

    public var iccid: Iccid?
    /// AID of the ISD-P holding the Profile (1 to 16 octets).
    public var isdpAid: [UInt8]?
    public var profileState: ProfileState?
    public var profileNickname: String?
    public var serviceProviderName: String?
    public var profileName: String?
    public var iconType: IconType?
    /// At most 1024 octets.
    public var icon: [UInt8]?
    public var profileClass: ProfileClass?
    public var notificationConfigurationInfo: [NotificationConfigurationInformation]?
    public var profileOwner: OperatorId?
    public var dpProprietaryData: DpProprietaryData?
    public var profilePolicyRules: PprIds?
    /// v3.1: the HRI server address.
    public var hriServerAddress: String?
    /// v3.1: the services the Profile provides.
    public var serviceDescription: ServiceDescription?
    /// v3.1 (MEP): the eSIM Port the Profile is enabled on.
    public var enabledOnEsimPort: Int?
    /// v3.1: the Profile's size in bytes.
    public var profileSize: Int?

    public init(
        iccid: Iccid? = nil,
        isdpAid: [UInt8]? = nil,
        profileState: ProfileState? = nil,
        profileNickname: String? = nil,
        serviceProviderName: String? = nil,
        profileName: String? = nil,
        iconType: IconType? = nil,
        icon: [UInt8]? = nil,
        profileClass: ProfileClass? = nil,
        notificationConfigurationInfo: [NotificationConfigurationInformation]? = nil,
        profileOwner: OperatorId? = nil,
        dpProprietaryData: DpProprietaryData? = nil,
        profilePolicyRules: PprIds? = nil,
        hriServerAddress: String? = nil,
        serviceDescription: ServiceDescription? = nil,
        enabledOnEsimPort: Int? = nil,
        profileSize: Int? = nil
    ) {
        self.iccid = iccid
        self.isdpAid = isdpAid
        self.profileState = profileState
        self.profileNickname = profileNickname
        self.serviceProviderName = serviceProviderName
        self.profileName = profileName
        self.iconType = iconType
        self.icon = icon
        self.profileClass = profileClass
        self.notificationConfigurationInfo = notificationConfigurationInfo
        self.profileOwner = profileOwner
        self.dpProprietaryData = dpProprietaryData
        self.profilePolicyRules = profilePolicyRules
        self.hriServerAddress = hriServerAddress
        self.serviceDescription = serviceDescription
        self.enabledOnEsimPort = enabledOnEsimPort
        self.profileSize = profileSize
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            var info = ProfileInfo()
            info.iccid = try DER.optionalImplicitlyTagged(&nodes, tag: .application(26))
            info.isdpAid = try DER.optionalOctets(&nodes, identifier: .application(15), size: 1...16)
            info.profileState = try DER.optionalImplicitlyTagged(&nodes, tag: .context(112))
            info.profileNickname = try DER.optionalUTF8String(
                &nodes, "profileNickname", identifier: .context(16), size: 0...64)
            info.serviceProviderName = try DER.optionalUTF8String(
                &nodes, "serviceProviderName", identifier: .context(17), size: 0...32)
            info.profileName = try DER.optionalUTF8String(
                &nodes, "profileName", identifier: .context(18), size: 0...64)
            info.iconType = try DER.optionalImplicitlyTagged(&nodes, tag: .context(19))
            info.icon = try DER.optionalOctets(&nodes, identifier: .context(20), size: 0...1024)
            info.profileClass = try DER.optionalImplicitlyTagged(&nodes, tag: .context(21))
            info.notificationConfigurationInfo = try DER.optionalSequenceOf(
                &nodes, "notificationConfigurationInfo", identifier: .context(22))
            info.profileOwner = try DER.optionalImplicitlyTagged(&nodes, tag: .context(23))
            info.dpProprietaryData = try DER.optionalImplicitlyTagged(&nodes, tag: .context(24))
            info.profilePolicyRules = try DER.optionalImplicitlyTagged(&nodes, tag: .context(25))
            // v3.1 components, interleaved with ones this model skips; anything unknown is skipped too.
            while let next = nodes.next() {
                switch next.identifier {
                case .context(27):
                    info.hriServerAddress = try DER.utf8String(next, "hriServerAddress", identifier: .context(27))
                case .context(31):
                    info.serviceDescription = try ServiceDescription(derEncoded: next, withIdentifier: .context(31))
                case .context(36):
                    info.enabledOnEsimPort = try Int(derEncoded: next, withIdentifier: .context(36))
                case .context(37):
                    info.profileSize = try Int(derEncoded: next, withIdentifier: .context(37))
                default:
                    continue
                }
            }
            return info
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOptionalImplicitlyTagged(iccid, withIdentifier: .application(26))
            try coder.serializeOptionalOctets(isdpAid, identifier: .application(15))
            try coder.serializeOptionalImplicitlyTagged(profileState, withIdentifier: .context(112))
            try coder.serializeOptionalUTF8String(profileNickname, identifier: .context(16))
            try coder.serializeOptionalUTF8String(serviceProviderName, identifier: .context(17))
            try coder.serializeOptionalUTF8String(profileName, identifier: .context(18))
            try coder.serializeOptionalImplicitlyTagged(iconType, withIdentifier: .context(19))
            try coder.serializeOptionalOctets(icon, identifier: .context(20))
            try coder.serializeOptionalImplicitlyTagged(profileClass, withIdentifier: .context(21))
            if let notificationConfigurationInfo {
                try coder.serializeSequenceOf(notificationConfigurationInfo, identifier: .context(22))
            }
            try coder.serializeOptionalImplicitlyTagged(profileOwner, withIdentifier: .context(23))
            try coder.serializeOptionalImplicitlyTagged(dpProprietaryData, withIdentifier: .context(24))
            try coder.serializeOptionalImplicitlyTagged(profilePolicyRules, withIdentifier: .context(25))
            try coder.serializeOptionalUTF8String(hriServerAddress, identifier: .context(27))
            try coder.serializeOptionalImplicitlyTagged(serviceDescription, withIdentifier: .context(31))
            try coder.serializeOptionalImplicitlyTagged(enabledOnEsimPort, withIdentifier: .context(36))
            try coder.serializeOptionalImplicitlyTagged(profileSize, withIdentifier: .context(37))
        }
    }
}
