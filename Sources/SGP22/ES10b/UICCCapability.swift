import SwiftASN1

/// The UICC features an eUICC supports for Profiles (EUICCInfo2).
///
/// SGP.22 v2.2 defines bits 0 to 18; v3.1 imports the type from the eUICC Profile Package
/// definitions, whose v3.4 names bits up to 39 (bit 8, `rfu1` in v2.2, became `usimTestAlgorithm`).
///
/// ```asn1
/// UICCCapability ::= BIT STRING {
///     contactlessSupport (0), usimSupport (1), isimSupport (2), csimSupport (3),
///     akaMilenage (4), akaCave (5), akaTuak128 (6), akaTuak256 (7),
///     usimTestAlgorithm (8), rfu2 (9), gbaAuthenUsim (10), gbaAuthenISim (11),
///     mbmsAuthenUsim (12), eapClient (13), javacard (14), multos (15),
///     multipleUsimSupport (16), multipleIsimSupport (17), multipleCsimSupport (18),
///     berTlvFileSupport (19), dfLinkSupport (20), catTp (21), getIdentity (22),
///     profile-a-x25519 (23), profile-b-p256 (24), suciCalculatorApi (25), dns-resolution (26),
///     scp11ac (27), scp11c-authorization-mechanism (28), s16mode (29), eaka (30), iotminimal (31),
///     suci-nswo (32), network-id (33), coap (34), gbauApi (35), uir5GProSe (36),
///     ssim-Eap-Tls (37), ssim-Eap-Aka-prime (38), usatAppPairing (39)
/// }
/// ```
public struct UICCCapability: NamedBitList {
    public var rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    public static let contactlessSupport = UICCCapability(bit: 0)
    public static let usimSupport = UICCCapability(bit: 1)
    public static let isimSupport = UICCCapability(bit: 2)
    public static let csimSupport = UICCCapability(bit: 3)
    public static let akaMilenage = UICCCapability(bit: 4)
    public static let akaCave = UICCCapability(bit: 5)
    public static let akaTuak128 = UICCCapability(bit: 6)
    public static let akaTuak256 = UICCCapability(bit: 7)
    public static let usimTestAlgorithm = UICCCapability(bit: 8)
    public static let rfu2 = UICCCapability(bit: 9)
    public static let gbaAuthenUsim = UICCCapability(bit: 10)
    public static let gbaAuthenISim = UICCCapability(bit: 11)
    public static let mbmsAuthenUsim = UICCCapability(bit: 12)
    public static let eapClient = UICCCapability(bit: 13)
    public static let javacard = UICCCapability(bit: 14)
    public static let multos = UICCCapability(bit: 15)
    public static let multipleUsimSupport = UICCCapability(bit: 16)
    public static let multipleIsimSupport = UICCCapability(bit: 17)
    public static let multipleCsimSupport = UICCCapability(bit: 18)
    public static let berTlvFileSupport = UICCCapability(bit: 19)
    public static let dfLinkSupport = UICCCapability(bit: 20)
    public static let catTp = UICCCapability(bit: 21)
    public static let getIdentity = UICCCapability(bit: 22)
    public static let profileAX25519 = UICCCapability(bit: 23)
    public static let profileBP256 = UICCCapability(bit: 24)
    public static let suciCalculatorApi = UICCCapability(bit: 25)
    public static let dnsResolution = UICCCapability(bit: 26)
    public static let scp11ac = UICCCapability(bit: 27)
    public static let scp11cAuthorizationMechanism = UICCCapability(bit: 28)
    public static let s16mode = UICCCapability(bit: 29)
    public static let eaka = UICCCapability(bit: 30)
    public static let iotminimal = UICCCapability(bit: 31)
    public static let suciNswo = UICCCapability(bit: 32)
    public static let networkId = UICCCapability(bit: 33)
    public static let coap = UICCCapability(bit: 34)
    public static let gbauApi = UICCCapability(bit: 35)
    public static let uir5GProSe = UICCCapability(bit: 36)
    public static let ssimEapTls = UICCCapability(bit: 37)
    public static let ssimEapAkaPrime = UICCCapability(bit: 38)
    public static let usatAppPairing = UICCCapability(bit: 39)
}
