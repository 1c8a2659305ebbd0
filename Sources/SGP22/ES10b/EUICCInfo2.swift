import SwiftASN1

/// The eUICC's full description, sent to the SM-DP+ inside `euiccSigned1`
/// (ES10b.GetEUICCInfo, GetEuiccInfo2Request).
///
/// Names follow v2.2; v3.1 calls `profileVersion` `baseProfilePackageVersion`, `svn` `lowestSvn`,
/// `euiccFirmwareVer` `euiccFirmwareVersion` and `rspCapability` `euiccRspCapability`, and adds the
/// components after `certificationDataObject` (of which `iotSpecificInfo` is skipped).
/// CI public key identifiers are SubjectKeyIdentifier values (`OCTET STRING`), kept as bytes.
///
/// ```asn1
/// EUICCInfo2 ::= [34] SEQUENCE { -- Tag 'BF22'
///     profileVersion [1] VersionType, -- SIMAlliance Profile package version supported
///     svn            [2] VersionType, -- GSMA SGP.22 version supported (SVN)
///     euiccFirmwareVer [3] VersionType, -- eUICC Firmware version
///     extCardResource [4] OCTET STRING, -- Extended Card Resource Information according to ETSI TS 102 226
///     uiccCapability [5] UICCCapability,
///     ts102241Version [6] VersionType OPTIONAL,
///     globalplatformVersion [7] VersionType OPTIONAL,
///     rspCapability  [8] RspCapability,
///     euiccCiPKIdListForVerification [9] SEQUENCE OF SubjectKeyIdentifier,
///     euiccCiPKIdListForSigning [10] SEQUENCE OF SubjectKeyIdentifier,
///     euiccCategory  [11] INTEGER { other (0), basicEuicc (1), mediumEuicc (2), contactlessEuicc (3) } OPTIONAL,
///     forbiddenProfilePolicyRules [25] PprIds OPTIONAL, -- Tag '99'
///     ppVersion      VersionType, -- Protection Profile version
///     sasAcreditationNumber UTF8String (SIZE (0..64)),
///     certificationDataObject [12] CertificationDataObject OPTIONAL,
///     -- SGP.22 v3.1:
///     treProperties  [13] BIT STRING { isDiscrete (0), isIntegrated (1), usesRemoteMemory (2) } OPTIONAL,
///     treProductReference [14] UTF8String OPTIONAL, -- Platform_Label as defined in GlobalPlatform DLOA
///     additionalProfilePackageVersions [15] SEQUENCE OF VersionType OPTIONAL,
///     lpaMode        [16] LpaMode OPTIONAL, -- LpaMode ::= INTEGER { lpad (0), lpae (1) }
///     euiccCiPKIdListForSigningV3 [17] SEQUENCE OF SubjectKeyIdentifier OPTIONAL,
///     additionalEuiccInfo [18] OCTET STRING (SIZE (0..32)) OPTIONAL, -- EUM specific eUICC information
///     highestSvn     [19] VersionType OPTIONAL,
///     iotSpecificInfo [20] IoTSpecificInfo OPTIONAL -- reserved for SGP.32
/// }
/// ```
public struct EUICCInfo2: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF22`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF22) }

    /// `euiccCategory [11] INTEGER { other (0), basicEuicc (1), mediumEuicc (2), contactlessEuicc (3) }`.
    public enum EuiccCategory: NamedInteger {
        case other
        case basicEuicc
        case mediumEuicc
        case contactlessEuicc
        /// A code this version does not name.
        case unknown(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .other
            case 1: self = .basicEuicc
            case 2: self = .mediumEuicc
            case 3: self = .contactlessEuicc
            default: self = .unknown(code)
            }
        }

        public var code: Int {
            switch self {
            case .other: 0
            case .basicEuicc: 1
            case .mediumEuicc: 2
            case .contactlessEuicc: 3
            case .unknown(let code): code
            }
        }
    }

    /// `LpaMode ::= INTEGER { lpad (0), lpae (1) }`: which LPA is active (v3.1).
    public enum LpaMode: NamedInteger {
        case lpad
        case lpae
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .lpad
            case 1: self = .lpae
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .lpad: 0
            case .lpae: 1
            case .other(let code): code
            }
        }
    }

    /// `treProperties [13] BIT STRING { isDiscrete (0), isIntegrated (1), usesRemoteMemory (2) }` (v3.1).
    public struct TreProperties: NamedBitList {
        public var rawValue: UInt64

        public init(rawValue: UInt64) {
            self.rawValue = rawValue
        }

        public static let isDiscrete = TreProperties(bit: 0)
        public static let isIntegrated = TreProperties(bit: 1)
        public static let usesRemoteMemory = TreProperties(bit: 2)
    }

    public var profileVersion: VersionType
    public var svn: VersionType
    public var euiccFirmwareVer: VersionType
    /// Extended Card Resource Information (ETSI TS 102 226 TLVs).
    public var extCardResource: [UInt8]
    public var uiccCapability: UICCCapability
    public var ts102241Version: VersionType?
    public var globalplatformVersion: VersionType?
    public var rspCapability: RspCapability
    public var euiccCiPKIdListForVerification: [[UInt8]]
    public var euiccCiPKIdListForSigning: [[UInt8]]
    public var euiccCategory: EuiccCategory?
    public var forbiddenProfilePolicyRules: PprIds?
    public var ppVersion: VersionType
    /// At most 64 characters.
    public var sasAcreditationNumber: String
    public var certificationDataObject: CertificationDataObject?
    public var treProperties: TreProperties?
    public var treProductReference: String?
    public var additionalProfilePackageVersions: [VersionType]?
    public var lpaMode: LpaMode?
    public var euiccCiPKIdListForSigningV3: [[UInt8]]?
    /// At most 32 octets.
    public var additionalEuiccInfo: [UInt8]?
    public var highestSvn: VersionType?

    public init(
        profileVersion: VersionType,
        svn: VersionType,
        euiccFirmwareVer: VersionType,
        extCardResource: [UInt8],
        uiccCapability: UICCCapability,
        ts102241Version: VersionType? = nil,
        globalplatformVersion: VersionType? = nil,
        rspCapability: RspCapability,
        euiccCiPKIdListForVerification: [[UInt8]],
        euiccCiPKIdListForSigning: [[UInt8]],
        euiccCategory: EuiccCategory? = nil,
        forbiddenProfilePolicyRules: PprIds? = nil,
        ppVersion: VersionType,
        sasAcreditationNumber: String,
        certificationDataObject: CertificationDataObject? = nil,
        treProperties: TreProperties? = nil,
        treProductReference: String? = nil,
        additionalProfilePackageVersions: [VersionType]? = nil,
        lpaMode: LpaMode? = nil,
        euiccCiPKIdListForSigningV3: [[UInt8]]? = nil,
        additionalEuiccInfo: [UInt8]? = nil,
        highestSvn: VersionType? = nil
    ) {
        self.profileVersion = profileVersion
        self.svn = svn
        self.euiccFirmwareVer = euiccFirmwareVer
        self.extCardResource = extCardResource
        self.uiccCapability = uiccCapability
        self.ts102241Version = ts102241Version
        self.globalplatformVersion = globalplatformVersion
        self.rspCapability = rspCapability
        self.euiccCiPKIdListForVerification = euiccCiPKIdListForVerification
        self.euiccCiPKIdListForSigning = euiccCiPKIdListForSigning
        self.euiccCategory = euiccCategory
        self.forbiddenProfilePolicyRules = forbiddenProfilePolicyRules
        self.ppVersion = ppVersion
        self.sasAcreditationNumber = sasAcreditationNumber
        self.certificationDataObject = certificationDataObject
        self.treProperties = treProperties
        self.treProductReference = treProductReference
        self.additionalProfilePackageVersions = additionalProfilePackageVersions
        self.lpaMode = lpaMode
        self.euiccCiPKIdListForSigningV3 = euiccCiPKIdListForSigningV3
        self.additionalEuiccInfo = additionalEuiccInfo
        self.highestSvn = highestSvn
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            EUICCInfo2(
                profileVersion: try DER.field(&nodes, "profileVersion", identifier: .context(1)),
                svn: try DER.field(&nodes, "svn", identifier: .context(2)),
                euiccFirmwareVer: try DER.field(&nodes, "euiccFirmwareVer", identifier: .context(3)),
                extCardResource: try DER.octets(&nodes, identifier: .context(4)),
                uiccCapability: try DER.field(&nodes, "uiccCapability", identifier: .context(5)),
                ts102241Version: try DER.optionalImplicitlyTagged(&nodes, tag: .context(6)),
                globalplatformVersion: try DER.optionalImplicitlyTagged(&nodes, tag: .context(7)),
                rspCapability: try DER.field(&nodes, "rspCapability", identifier: .context(8)),
                euiccCiPKIdListForVerification: try DER.octetsList(
                    &nodes, "euiccCiPKIdListForVerification", identifier: .context(9)),
                euiccCiPKIdListForSigning: try DER.octetsList(
                    &nodes, "euiccCiPKIdListForSigning", identifier: .context(10)),
                euiccCategory: try DER.optionalImplicitlyTagged(&nodes, tag: .context(11)),
                forbiddenProfilePolicyRules: try DER.optionalImplicitlyTagged(&nodes, tag: .context(25)),
                ppVersion: try DER.field(&nodes, "ppVersion"),
                sasAcreditationNumber: try DER.utf8String(&nodes, "sasAcreditationNumber", size: 0...64),
                certificationDataObject: try DER.optionalImplicitlyTagged(&nodes, tag: .context(12)),
                treProperties: try DER.optionalImplicitlyTagged(&nodes, tag: .context(13)),
                treProductReference: try DER.optionalUTF8String(
                    &nodes, "treProductReference", identifier: .context(14)),
                additionalProfilePackageVersions: try DER.optionalSequenceOf(
                    &nodes, "additionalProfilePackageVersions", identifier: .context(15)),
                lpaMode: try DER.optionalImplicitlyTagged(&nodes, tag: .context(16)),
                euiccCiPKIdListForSigningV3: try DER.optionalOctetsList(
                    &nodes, "euiccCiPKIdListForSigningV3", identifier: .context(17)),
                additionalEuiccInfo: try DER.optionalOctets(&nodes, identifier: .context(18), size: 0...32),
                highestSvn: try DER.optionalImplicitlyTagged(&nodes, tag: .context(19)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try profileVersion.serialize(into: &coder, withIdentifier: .context(1))
            try svn.serialize(into: &coder, withIdentifier: .context(2))
            try euiccFirmwareVer.serialize(into: &coder, withIdentifier: .context(3))
            try coder.serializeOctets(extCardResource, identifier: .context(4))
            try uiccCapability.serialize(into: &coder, withIdentifier: .context(5))
            try coder.serializeOptionalImplicitlyTagged(ts102241Version, withIdentifier: .context(6))
            try coder.serializeOptionalImplicitlyTagged(globalplatformVersion, withIdentifier: .context(7))
            try rspCapability.serialize(into: &coder, withIdentifier: .context(8))
            try coder.serializeOctetsList(euiccCiPKIdListForVerification, identifier: .context(9))
            try coder.serializeOctetsList(euiccCiPKIdListForSigning, identifier: .context(10))
            try coder.serializeOptionalImplicitlyTagged(euiccCategory, withIdentifier: .context(11))
            try coder.serializeOptionalImplicitlyTagged(forbiddenProfilePolicyRules, withIdentifier: .context(25))
            try coder.serialize(ppVersion)
            try coder.serializeUTF8String(sasAcreditationNumber)
            try coder.serializeOptionalImplicitlyTagged(certificationDataObject, withIdentifier: .context(12))
            try coder.serializeOptionalImplicitlyTagged(treProperties, withIdentifier: .context(13))
            try coder.serializeOptionalUTF8String(treProductReference, identifier: .context(14))
            if let additionalProfilePackageVersions {
                try coder.serializeSequenceOf(additionalProfilePackageVersions, identifier: .context(15))
            }
            try coder.serializeOptionalImplicitlyTagged(lpaMode, withIdentifier: .context(16))
            if let euiccCiPKIdListForSigningV3 {
                try coder.serializeOctetsList(euiccCiPKIdListForSigningV3, identifier: .context(17))
            }
            try coder.serializeOptionalOctets(additionalEuiccInfo, identifier: .context(18))
            try coder.serializeOptionalImplicitlyTagged(highestSvn, withIdentifier: .context(19))
        }
    }
}
