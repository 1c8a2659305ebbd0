import SwiftASN1

/// What the LPA supports (SGP.22 v3.1, in `DeviceInfo`).
///
/// ```asn1
/// LpaRspCapability ::= BIT STRING {
///     crlStaplingV3Support (0),
///     certChainV3Support (1),
///     apduApiSupport (2),
///     enterpriseCapableDevice (3),
///     lpaProxySupport (4),
///     signedSmdsResponseV3Support (5),
///     euiccCiUpdateSupport (6),
///     eventCheckingSupport (7),
///     pushServiceSupport (8),
///     pendingOperationAlertingSupport (9)
/// }
/// ```
public struct LpaRspCapability: NamedBitList {
    public var rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    public static let crlStaplingV3Support = LpaRspCapability(bit: 0)
    public static let certChainV3Support = LpaRspCapability(bit: 1)
    public static let apduApiSupport = LpaRspCapability(bit: 2)
    public static let enterpriseCapableDevice = LpaRspCapability(bit: 3)
    public static let lpaProxySupport = LpaRspCapability(bit: 4)
    public static let signedSmdsResponseV3Support = LpaRspCapability(bit: 5)
    public static let euiccCiUpdateSupport = LpaRspCapability(bit: 6)
    public static let eventCheckingSupport = LpaRspCapability(bit: 7)
    public static let pushServiceSupport = LpaRspCapability(bit: 8)
    public static let pendingOperationAlertingSupport = LpaRspCapability(bit: 9)
}
