import SGP22
import SwiftASN1
import X509

/// The SPBL's answer to Si3.GetSpblInfo: the Primary Platform's identity and capabilities.
///
/// The LBA picks a family and its CI keys from it for Si2.GetSpbmCertificate, and passes the whole value
/// to Si2.InitiateSpbDownload so the SPB Manager can choose an interoperable bundle. The SPBL signs it again
/// inside ``SpblSigned1``.
///
/// ```asn1
/// SpblInfo ::= [4096] SEQUENCE { -- Tag 'BFA000'
///     platformId [0] PrimaryPlatformId,
///     partNumber [1] UTF8String (SIZE (1..64)),
///     si3Version [2] VersionType,
///     firmwareVersion [3] VersionType,
///     supportedFamilies [4] SEQUENCE OF SpbFamilySupport,
///     supportedBundleClasses [5] SEQUENCE OF TelecomBundleClass,
///     freeSpace [6] INTEGER (0..MAX),
///     activeSpbLimit [7] INTEGER (1..MAX),
///     spblCertificate Certificate
/// }
/// ```
public struct SpblInfo: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA000`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA000) }

    public var platformId: PrimaryPlatformId
    /// The Primary Platform's part number.
    public var partNumber: String
    /// The version of `SSP-Si2Si3-Definitions` the SPBL implements.
    public var si3Version: VersionType
    public var firmwareVersion: VersionType
    public var supportedFamilies: [SpbFamilySupport]
    public var supportedBundleClasses: [TelecomBundleClass]
    /// Bytes free for bundles.
    public var freeSpace: Int
    /// How many bundles may be Active at once.
    public var activeSpbLimit: Int
    /// CERT.SPBL.ECDSA, issued by the iSSP maker.
    public var spblCertificate: Certificate

    public init(
        platformId: PrimaryPlatformId,
        partNumber: String,
        si3Version: VersionType = SSPSi2Si3Module.version,
        firmwareVersion: VersionType,
        supportedFamilies: [SpbFamilySupport],
        supportedBundleClasses: [TelecomBundleClass],
        freeSpace: Int,
        activeSpbLimit: Int,
        spblCertificate: Certificate
    ) {
        self.platformId = platformId
        self.partNumber = partNumber
        self.si3Version = si3Version
        self.firmwareVersion = firmwareVersion
        self.supportedFamilies = supportedFamilies
        self.supportedBundleClasses = supportedBundleClasses
        self.freeSpace = freeSpace
        self.activeSpbLimit = activeSpbLimit
        self.spblCertificate = spblCertificate
    }

    /// The CI keys the SPBL trusts for `family`, or `nil` when it does not support the family.
    public func ciPKIds(for family: SpbFamilyId) -> [[UInt8]]? {
        supportedFamilies.first { $0.spbFamilyId == family }?.ciPKIds
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpblInfo(
                platformId: try DER.field(&nodes, "platformId", identifier: .context(0)),
                partNumber: try DER.utf8String(&nodes, "partNumber", identifier: .context(1), size: 1...64),
                si3Version: try DER.field(&nodes, "si3Version", identifier: .context(2)),
                firmwareVersion: try DER.field(&nodes, "firmwareVersion", identifier: .context(3)),
                supportedFamilies: try DER.list(&nodes, "supportedFamilies", identifier: .context(4)),
                supportedBundleClasses: try DER.list(&nodes, "supportedBundleClasses", identifier: .context(5)),
                freeSpace: try DER.integer(&nodes, "freeSpace", identifier: .context(6)),
                activeSpbLimit: try DER.integer(&nodes, "activeSpbLimit", identifier: .context(7), range: 1...Int.max),
                spblCertificate: try DER.field(&nodes, "spblCertificate"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try platformId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeUTF8String(partNumber, identifier: .context(1))
            try si3Version.serialize(into: &coder, withIdentifier: .context(2))
            try firmwareVersion.serialize(into: &coder, withIdentifier: .context(3))
            try coder.serializeList(supportedFamilies, identifier: .context(4))
            try coder.serializeList(supportedBundleClasses, identifier: .context(5))
            try freeSpace.serialize(into: &coder, withIdentifier: .context(6))
            try activeSpbLimit.serialize(into: &coder, withIdentifier: .context(7))
            try coder.serialize(spblCertificate)
        }
    }
}
