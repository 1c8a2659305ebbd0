import SwiftASN1

/// The RSP features an eUICC supports (EUICCInfo2, and EUICCInfo1 from v3.0).
///
/// v2.2 defines bits 0 to 3 (bit 1 is `crlSupport` there); v3.1 calls the type
/// `EuiccRspCapability` and names bits up to 24.
///
/// ```asn1
/// RspCapability ::= BIT STRING {
///     additionalProfile (0), -- at least one more Profile can be installed
///     crlSupport (1), -- CRL (v3.1: loadCrlSupport, #SupportedOnlyBeforeV3.0.0#)
///     rpmSupport (2), -- Remote Profile Management
///     testProfileSupport (3), -- support for test profile
///     -- SGP.22 v3.1 (EuiccRspCapability):
///     deviceInfoExtensibilitySupport (4), serviceSpecificDataSupport (5), hriServerAddressSupport (6),
///     serviceProviderMessageSupport (7), lpaProxySupport (8), enterpriseProfilesSupport (9),
///     serviceDescriptionSupport (10), deviceChangeSupport (11), encryptedDeviceChangeDataSupport (12),
///     estimatedProfileSizeIndicationSupport (13), profileSizeInProfilesInfoSupport (14),
///     crlStaplingV3Support (15), certChainV3VerificationSupport (16), signedSmdsResponseV3Support (17),
///     euiccRspCapInInfo1 (18), osUpdateSupport (19), cancelForEmptySpnPnSupport (20),
///     updateNotifConfigInfoSupport (21), updateMetadataV3Support (22),
///     v3ObjectsInCtxParamsCASupport (23), pushServiceRegistrationSupport (24)
/// }
/// ```
public struct RspCapability: NamedBitList {
    public var rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    public static let additionalProfile = RspCapability(bit: 0)
    public static let crlSupport = RspCapability(bit: 1)
    public static let rpmSupport = RspCapability(bit: 2)
    public static let testProfileSupport = RspCapability(bit: 3)
    public static let deviceInfoExtensibilitySupport = RspCapability(bit: 4)
    public static let serviceSpecificDataSupport = RspCapability(bit: 5)
    public static let hriServerAddressSupport = RspCapability(bit: 6)
    public static let serviceProviderMessageSupport = RspCapability(bit: 7)
    public static let lpaProxySupport = RspCapability(bit: 8)
    public static let enterpriseProfilesSupport = RspCapability(bit: 9)
    public static let serviceDescriptionSupport = RspCapability(bit: 10)
    public static let deviceChangeSupport = RspCapability(bit: 11)
    public static let encryptedDeviceChangeDataSupport = RspCapability(bit: 12)
    public static let estimatedProfileSizeIndicationSupport = RspCapability(bit: 13)
    public static let profileSizeInProfilesInfoSupport = RspCapability(bit: 14)
    public static let crlStaplingV3Support = RspCapability(bit: 15)
    public static let certChainV3VerificationSupport = RspCapability(bit: 16)
    public static let signedSmdsResponseV3Support = RspCapability(bit: 17)
    public static let euiccRspCapInInfo1 = RspCapability(bit: 18)
    public static let osUpdateSupport = RspCapability(bit: 19)
    public static let cancelForEmptySpnPnSupport = RspCapability(bit: 20)
    public static let updateNotifConfigInfoSupport = RspCapability(bit: 21)
    public static let updateMetadataV3Support = RspCapability(bit: 22)
    public static let v3ObjectsInCtxParamsCASupport = RspCapability(bit: 23)
    public static let pushServiceRegistrationSupport = RspCapability(bit: 24)
}
