import SwiftASN1

/// The highest release of each radio and RSP feature the Device fully supports.
///
/// v2.2 calls `eutranEpcSupportedRelease` `eutranSupportedRelease`; the components after
/// `rspCrlSupportedVersion` come from v3.1.
///
/// ```asn1
/// DeviceCapabilities ::= SEQUENCE { -- Highest fully supported release for each definition
///     gsmSupportedRelease VersionType OPTIONAL,
///     utranSupportedRelease VersionType OPTIONAL,
///     cdma2000onexSupportedRelease VersionType OPTIONAL,
///     cdma2000hrpdSupportedRelease VersionType OPTIONAL,
///     cdma2000ehrpdSupportedRelease VersionType OPTIONAL,
///     eutranEpcSupportedRelease VersionType OPTIONAL,
///     contactlessSupportedRelease VersionType OPTIONAL,
///     rspCrlSupportedVersion VersionType OPTIONAL, -- #SupportedOnlyBeforeV3.0.0#
///     nrEpcSupportedRelease VersionType OPTIONAL, -- #DeviceInfoExtensibilitySupported#
///     nr5gcSupportedRelease VersionType OPTIONAL, -- #DeviceInfoExtensibilitySupported#
///     eutran5gcSupportedRelease VersionType OPTIONAL, -- #DeviceInfoExtensibilitySupported#
///     lpaSvn         VersionType OPTIONAL, -- #DeviceInfoExtensibilitySupported# for information only
///     catSupportedClasses CatSupportedClasses OPTIONAL, -- #DeviceInfoExtensibilitySupported#
///     euiccFormFactorType EuiccFormFactorType OPTIONAL, -- #DeviceInfoExtensibilitySupported#
///     deviceAdditionalFeatureSupport DeviceAdditionalFeatureSupport OPTIONAL -- #DeviceInfoExtensibilitySupported#
/// }
/// ```
/// Automatic tagging numbers the components `80` to `8D`, then `AE`.
public struct DeviceCapabilities: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// `EuiccFormFactorType ::= INTEGER { removableEuicc (0), nonRemovableEuicc (1) }`.
    public enum EuiccFormFactorType: NamedInteger {
        case removableEuicc
        case nonRemovableEuicc
        /// A code this version does not name.
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .removableEuicc
            case 1: self = .nonRemovableEuicc
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .removableEuicc: 0
            case .nonRemovableEuicc: 1
            case .other(let code): code
            }
        }
    }

    public var gsmSupportedRelease: VersionType?
    public var utranSupportedRelease: VersionType?
    public var cdma2000onexSupportedRelease: VersionType?
    public var cdma2000hrpdSupportedRelease: VersionType?
    public var cdma2000ehrpdSupportedRelease: VersionType?
    public var eutranSupportedRelease: VersionType?
    public var contactlessSupportedRelease: VersionType?
    public var rspCrlSupportedVersion: VersionType?
    public var nrEpcSupportedRelease: VersionType?
    public var nr5gcSupportedRelease: VersionType?
    public var eutran5gcSupportedRelease: VersionType?
    public var lpaSvn: VersionType?
    /// CAT classes as a bit list: bit 0 is class "a", bit 38 class "am" (ETSI TS 102 223).
    public var catSupportedClasses: CatSupportedClasses?
    public var euiccFormFactorType: EuiccFormFactorType?
    /// `DeviceAdditionalFeatureSupport ::= SEQUENCE { naiSupport VersionType OPTIONAL }`.
    public var naiSupport: VersionType?
    /// Whether `deviceAdditionalFeatureSupport` is present (it may be present and empty).
    public var hasDeviceAdditionalFeatureSupport: Bool

    public init(
        gsmSupportedRelease: VersionType? = nil,
        utranSupportedRelease: VersionType? = nil,
        cdma2000onexSupportedRelease: VersionType? = nil,
        cdma2000hrpdSupportedRelease: VersionType? = nil,
        cdma2000ehrpdSupportedRelease: VersionType? = nil,
        eutranSupportedRelease: VersionType? = nil,
        contactlessSupportedRelease: VersionType? = nil,
        rspCrlSupportedVersion: VersionType? = nil,
        nrEpcSupportedRelease: VersionType? = nil,
        nr5gcSupportedRelease: VersionType? = nil,
        eutran5gcSupportedRelease: VersionType? = nil,
        lpaSvn: VersionType? = nil,
        catSupportedClasses: CatSupportedClasses? = nil,
        euiccFormFactorType: EuiccFormFactorType? = nil,
        naiSupport: VersionType? = nil,
        hasDeviceAdditionalFeatureSupport: Bool = false
    ) {
        self.gsmSupportedRelease = gsmSupportedRelease
        self.utranSupportedRelease = utranSupportedRelease
        self.cdma2000onexSupportedRelease = cdma2000onexSupportedRelease
        self.cdma2000hrpdSupportedRelease = cdma2000hrpdSupportedRelease
        self.cdma2000ehrpdSupportedRelease = cdma2000ehrpdSupportedRelease
        self.eutranSupportedRelease = eutranSupportedRelease
        self.contactlessSupportedRelease = contactlessSupportedRelease
        self.rspCrlSupportedVersion = rspCrlSupportedVersion
        self.nrEpcSupportedRelease = nrEpcSupportedRelease
        self.nr5gcSupportedRelease = nr5gcSupportedRelease
        self.eutran5gcSupportedRelease = eutran5gcSupportedRelease
        self.lpaSvn = lpaSvn
        self.catSupportedClasses = catSupportedClasses
        self.euiccFormFactorType = euiccFormFactorType
        self.naiSupport = naiSupport
        self.hasDeviceAdditionalFeatureSupport = hasDeviceAdditionalFeatureSupport || naiSupport != nil
    }

    /// The VersionType components in module order, with their context tag numbers 0 to 11.
    private var releases: [VersionType?] {
        [
            gsmSupportedRelease, utranSupportedRelease, cdma2000onexSupportedRelease,
            cdma2000hrpdSupportedRelease, cdma2000ehrpdSupportedRelease, eutranSupportedRelease,
            contactlessSupportedRelease, rspCrlSupportedVersion, nrEpcSupportedRelease,
            nr5gcSupportedRelease, eutran5gcSupportedRelease, lpaSvn,
        ]
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            var releases: [VersionType?] = []
            for tagNumber in UInt(0)...11 {
                releases.append(try DER.optionalImplicitlyTagged(&nodes, tag: .context(tagNumber)))
            }
            let cat: CatSupportedClasses? = try DER.optionalImplicitlyTagged(&nodes, tag: .context(12))
            let formFactor: EuiccFormFactorType? = try DER.optionalImplicitlyTagged(&nodes, tag: .context(13))
            let additional: VersionType?? = try DER.optionalImplicitlyTagged(
                &nodes, tagNumber: 14, tagClass: .contextSpecific
            ) { node in
                try DER.extensibleSequence(node, identifier: .context(14)) { inner in
                    try DER.optionalImplicitlyTagged(&inner, tag: .context(0), as: VersionType.self)
                }
            }
            return DeviceCapabilities(
                gsmSupportedRelease: releases[0],
                utranSupportedRelease: releases[1],
                cdma2000onexSupportedRelease: releases[2],
                cdma2000hrpdSupportedRelease: releases[3],
                cdma2000ehrpdSupportedRelease: releases[4],
                eutranSupportedRelease: releases[5],
                contactlessSupportedRelease: releases[6],
                rspCrlSupportedVersion: releases[7],
                nrEpcSupportedRelease: releases[8],
                nr5gcSupportedRelease: releases[9],
                eutran5gcSupportedRelease: releases[10],
                lpaSvn: releases[11],
                catSupportedClasses: cat,
                euiccFormFactorType: formFactor,
                naiSupport: additional ?? nil,
                hasDeviceAdditionalFeatureSupport: additional != nil)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            for (tagNumber, release) in releases.enumerated() {
                try coder.serializeOptionalImplicitlyTagged(release, withIdentifier: .context(UInt(tagNumber)))
            }
            try coder.serializeOptionalImplicitlyTagged(catSupportedClasses, withIdentifier: .context(12))
            try coder.serializeOptionalImplicitlyTagged(euiccFormFactorType, withIdentifier: .context(13))
            if hasDeviceAdditionalFeatureSupport {
                try coder.appendConstructedNode(identifier: .context(14)) { coder in
                    try coder.serializeOptionalImplicitlyTagged(naiSupport, withIdentifier: .context(0))
                }
            }
        }
    }
}
