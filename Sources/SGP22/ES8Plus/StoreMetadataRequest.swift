import SwiftASN1

/// The Profile Metadata in a Bound Profile Package (MACed in the `88` segments).
///
/// The v2.2 components, followed by the v3.1 components this model reads: `hriServerAddress`
/// and `serviceDescription`, which ProfileInfo reports again. Other v3.1 components
/// (service-specific data, RPM, LPA proxy, enterprise and device-change configuration, …)
/// and anything newer are skipped.
///
/// ```asn1
/// StoreMetadataRequest ::= [37] SEQUENCE { -- Tag 'BF25'
///     iccid          Iccid,
///     serviceProviderName [17] UTF8String (SIZE (0..32)), -- Tag '91'
///     profileName    [18] UTF8String (SIZE (0..64)), -- Tag '92' (corresponds to 'Short Description'
///                                                    -- defined in SGP.21 [2])
///     iconType       [19] IconType OPTIONAL, -- Tag '93' (JPG or PNG)
///     icon           [20] OCTET STRING (SIZE (0..1024)) OPTIONAL, -- Tag '94'(Data of the icon. Size 64 x 64 pixel.)
///     profileClass   [21] ProfileClass DEFAULT operational, -- Tag '95'
///     notificationConfigurationInfo [22] SEQUENCE OF NotificationConfigurationInformation OPTIONAL,
///     profileOwner   [23] OperatorId OPTIONAL, -- Tag 'B7'
///     profilePolicyRules [25] PprIds OPTIONAL, -- Tag '99'
///     -- SGP.22 v3.1 (excerpt):
///     hriServerAddress [27] UTF8String OPTIONAL, -- #SupportedFromV3.0.0# Tag '9B'
///     serviceDescription [31] ServiceDescription OPTIONAL -- #SupportedFromV3.0.0# Tag '9F1F'
/// }
/// ```
public struct StoreMetadataRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF25`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF25) }

    public var iccid: Iccid
    /// At most 32 characters.
    public var serviceProviderName: String
    /// At most 64 characters.
    public var profileName: String
    public var iconType: IconType?
    /// At most 1024 octets; present only with `iconType`.
    public var icon: [UInt8]?
    /// `operational` unless stated; DER leaves the default out.
    public var profileClass: ProfileClass
    public var notificationConfigurationInfo: [NotificationConfigurationInformation]?
    public var profileOwner: OperatorId?
    public var profilePolicyRules: PprIds?
    /// v3.1: the HRI server address.
    public var hriServerAddress: String?
    /// v3.1: the services the Profile provides.
    public var serviceDescription: ServiceDescription?

    public init(
        iccid: Iccid,
        serviceProviderName: String,
        profileName: String,
        iconType: IconType? = nil,
        icon: [UInt8]? = nil,
        profileClass: ProfileClass = .operational,
        notificationConfigurationInfo: [NotificationConfigurationInformation]? = nil,
        profileOwner: OperatorId? = nil,
        profilePolicyRules: PprIds? = nil,
        hriServerAddress: String? = nil,
        serviceDescription: ServiceDescription? = nil
    ) {
        self.iccid = iccid
        self.serviceProviderName = serviceProviderName
        self.profileName = profileName
        self.iconType = iconType
        self.icon = icon
        self.profileClass = profileClass
        self.notificationConfigurationInfo = notificationConfigurationInfo
        self.profileOwner = profileOwner
        self.profilePolicyRules = profilePolicyRules
        self.hriServerAddress = hriServerAddress
        self.serviceDescription = serviceDescription
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            var request = StoreMetadataRequest(
                iccid: try DER.field(&nodes, "iccid"),
                serviceProviderName: try DER.utf8String(
                    &nodes, "serviceProviderName", identifier: .context(17), size: 0...32),
                profileName: try DER.utf8String(&nodes, "profileName", identifier: .context(18), size: 0...64))
            request.iconType = try DER.optionalImplicitlyTagged(&nodes, tag: .context(19))
            request.icon = try DER.optionalOctets(&nodes, identifier: .context(20), size: 0...1024)
            // DER omits the default; a sender that writes it anyway (`95 01 02`) is accepted.
            request.profileClass = try DER.optionalImplicitlyTagged(&nodes, tag: .context(21)) ?? .operational
            request.notificationConfigurationInfo = try DER.optionalSequenceOf(
                &nodes, "notificationConfigurationInfo", identifier: .context(22))
            request.profileOwner = try DER.optionalImplicitlyTagged(&nodes, tag: .context(23))
            request.profilePolicyRules = try DER.optionalImplicitlyTagged(&nodes, tag: .context(25))
            // v3.1 components, interleaved with ones this model skips; anything unknown is skipped too.
            while let next = nodes.next() {
                switch next.identifier {
                case .context(27):
                    request.hriServerAddress = try DER.utf8String(next, "hriServerAddress", identifier: .context(27))
                case .context(31):
                    request.serviceDescription = try ServiceDescription(derEncoded: next, withIdentifier: .context(31))
                default:
                    continue
                }
            }
            return request
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(iccid)
            try coder.serializeUTF8String(serviceProviderName, identifier: .context(17))
            try coder.serializeUTF8String(profileName, identifier: .context(18))
            try coder.serializeOptionalImplicitlyTagged(iconType, withIdentifier: .context(19))
            try coder.serializeOptionalOctets(icon, identifier: .context(20))
            if profileClass != .operational {
                try profileClass.serialize(into: &coder, withIdentifier: .context(21))
            }
            if let notificationConfigurationInfo {
                try coder.serializeSequenceOf(notificationConfigurationInfo, identifier: .context(22))
            }
            try coder.serializeOptionalImplicitlyTagged(profileOwner, withIdentifier: .context(23))
            try coder.serializeOptionalImplicitlyTagged(profilePolicyRules, withIdentifier: .context(25))
            try coder.serializeOptionalUTF8String(hriServerAddress, identifier: .context(27))
            try coder.serializeOptionalImplicitlyTagged(serviceDescription, withIdentifier: .context(31))
        }
    }
}
