import SGP22

/// What kind of eUICC a card file is: the versions it reports, how much profile memory it has, which profile
/// classes and UICC services it accepts, and its initial addresses. Fixed when the card is created and kept
/// in the card file.
public struct EUICCConfiguration: Hashable, Sendable, Codable {
    /// SGP.22 version (SVN) the card implements: v2.2.2, whose ES10 functions and ASN.1 it follows.
    public var svn: VersionType
    /// SIMalliance / TCA profile package version the card accepts: 2.3.1. Packages whose ProfileHeader major
    /// version is higher are refused.
    public var profileVersion: VersionType
    /// The card firmware version reported in EUICCInfo2.
    public var firmwareVersion: VersionType
    /// Non-volatile memory for profile packages, in bytes. A download whose package does not fit is refused
    /// with installFailedDueToInsufficientMemoryForProfile.
    public var profileMemoryCapacity: Int
    /// Free volatile memory reported in extCardResource (tag 83). The engine keeps no RAM budget of its own,
    /// so this is a stated figure, not a measurement.
    public var volatileMemory: Int
    /// Below this much free profile memory the card no longer claims `additionalProfile` in RspCapability.
    public var additionalProfileThreshold: Int
    /// Profile classes the card installs; others are refused with unsupportedProfileClass. `testProfileSupport`
    /// is declared exactly when `.test` is in the list.
    public var supportedProfileClasses: [ProfileClass]
    /// The UICC services declared in EUICCInfo2; a profile whose ProfileHeader makes a service mandatory that
    /// is not here is refused.
    public var uiccCapability: UICCCapability
    /// The Root SM-DS address the card starts with (GetEuiccConfiguredAddresses).
    public var rootDsAddress: String
    /// The default SM-DP+ address the card starts with, if any.
    public var defaultDpAddress: String?

    /// A consumer eUICC with 1 MiB of profile memory accepting test, provisioning and operational profiles.
    public init(
        svn: VersionType = VersionType(major: 2, minor: 2, revision: 2),
        profileVersion: VersionType = VersionType(major: 2, minor: 3, revision: 1),
        firmwareVersion: VersionType = VersionType(major: 1, minor: 0, revision: 0),
        profileMemoryCapacity: Int = 1 << 20,
        volatileMemory: Int = 16 << 10,
        additionalProfileThreshold: Int = 16 << 10,
        supportedProfileClasses: [ProfileClass] = [.test, .provisioning, .operational],
        uiccCapability: UICCCapability = EUICCConfiguration.defaultUICCCapability,
        rootDsAddress: String = "lpa.ds.gsma.com",
        defaultDpAddress: String? = nil
    ) {
        self.svn = svn
        self.profileVersion = profileVersion
        self.firmwareVersion = firmwareVersion
        self.profileMemoryCapacity = profileMemoryCapacity
        self.volatileMemory = volatileMemory
        self.additionalProfileThreshold = additionalProfileThreshold
        self.supportedProfileClasses = supportedProfileClasses
        self.uiccCapability = uiccCapability
        self.rootDsAddress = rootDsAddress
        self.defaultDpAddress = defaultDpAddress
    }

    /// The services a profile package may make mandatory that the card accepts: the NAAs, algorithms and 5G
    /// features (GET IDENTITY, SUCI protection schemes A and B) that the GSMA TS.48 test profiles require. The
    /// engine keeps the package whole; it does not run the NAAs itself (see docs/euicc.md).
    public static let defaultUICCCapability: UICCCapability = [
        .usimSupport, .isimSupport, .csimSupport, .akaMilenage, .akaCave, .akaTuak128, .akaTuak256,
        .usimTestAlgorithm, .gbaAuthenUsim, .gbaAuthenISim, .eapClient, .javacard, .multipleUsimSupport,
        .multipleIsimSupport, .multipleCsimSupport, .berTlvFileSupport, .dfLinkSupport, .getIdentity,
        .profileAX25519, .profileBP256, .suciCalculatorApi,
    ]

    /// Checks the values before a card is created with them.
    func validate() throws {
        guard profileMemoryCapacity > 0 else {
            throw EUICCError.invalidConfiguration(reason: "profileMemoryCapacity must be positive")
        }
        guard volatileMemory >= 0, additionalProfileThreshold >= 0 else {
            throw EUICCError.invalidConfiguration(reason: "memory figures cannot be negative")
        }
        guard !rootDsAddress.isEmpty else {
            throw EUICCError.invalidConfiguration(reason: "the Root SM-DS address cannot be empty")
        }
    }

    // MARK: Codable (the card file keeps the configuration as JSON)

    private enum CodingKeys: String, CodingKey {
        case svn, profileVersion, firmwareVersion, profileMemoryCapacity, volatileMemory
        case additionalProfileThreshold, supportedProfileClasses, uiccCapability, rootDsAddress, defaultDpAddress
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func version(_ key: CodingKeys) throws -> VersionType {
            let bytes = try container.decode([UInt8].self, forKey: key)
            guard bytes.count == 3 else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "a version has 3 bytes, found \(bytes.count)")
            }
            return VersionType(major: bytes[0], minor: bytes[1], revision: bytes[2])
        }
        self.svn = try version(.svn)
        self.profileVersion = try version(.profileVersion)
        self.firmwareVersion = try version(.firmwareVersion)
        self.profileMemoryCapacity = try container.decode(Int.self, forKey: .profileMemoryCapacity)
        self.volatileMemory = try container.decode(Int.self, forKey: .volatileMemory)
        self.additionalProfileThreshold = try container.decode(Int.self, forKey: .additionalProfileThreshold)
        self.supportedProfileClasses = try container.decode([Int].self, forKey: .supportedProfileClasses)
            .map(ProfileClass.init(code:))
        self.uiccCapability = UICCCapability(rawValue: try container.decode(UInt64.self, forKey: .uiccCapability))
        self.rootDsAddress = try container.decode(String.self, forKey: .rootDsAddress)
        self.defaultDpAddress = try container.decodeIfPresent(String.self, forKey: .defaultDpAddress)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(svn.bytes, forKey: .svn)
        try container.encode(profileVersion.bytes, forKey: .profileVersion)
        try container.encode(firmwareVersion.bytes, forKey: .firmwareVersion)
        try container.encode(profileMemoryCapacity, forKey: .profileMemoryCapacity)
        try container.encode(volatileMemory, forKey: .volatileMemory)
        try container.encode(additionalProfileThreshold, forKey: .additionalProfileThreshold)
        try container.encode(supportedProfileClasses.map(\.code), forKey: .supportedProfileClasses)
        try container.encode(uiccCapability.rawValue, forKey: .uiccCapability)
        try container.encode(rootDsAddress, forKey: .rootDsAddress)
        try container.encodeIfPresent(defaultDpAddress, forKey: .defaultDpAddress)
    }
}
