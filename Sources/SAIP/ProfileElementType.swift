/// Which alternative of the ProfileElement CHOICE an element is, named as in the PE definitions.
///
/// The module uses AUTOMATIC TAGS, so the alternatives are tagged `[0]` to `[34]` in order of declaration; as
/// every alternative is a SEQUENCE, the tag is constructed: `A0` (header) … `BE` (df-snpn), then the long form
/// `BF1F` (df-5gprose) … `BF22` (ssim). Tags beyond the list (the CHOICE is extensible) are kept as `unknown`.
///
/// ```asn1
/// ProfileElement ::= CHOICE {
///     header ProfileHeader, genericFileManagement PE-GenericFileManagement, pinCodes PE-PINCodes,
///     pukCodes PE-PUKCodes, akaParameter PE-AKAParameter, cdmaParameter PE-CDMAParameter,
///     securityDomain PE-SecurityDomain, rfm PE-RFM, application PE-Application, nonStandard PE-NonStandard,
///     end PE-End, ssimEapTLSParameters PE-SSIM-EAPTLSParameters, rfu2 PE-Dummy, rfu3 PE-Dummy, rfu4 PE-Dummy,
///     rfu5 PE-Dummy, mf PE-MF, cd PE-CD, telecom PE-TELECOM, usim PE-USIM, opt-usim PE-OPT-USIM, isim PE-ISIM,
///     opt-isim PE-OPT-ISIM, phonebook PE-PHONEBOOK, gsm-access PE-GSM-ACCESS, csim PE-CSIM, opt-csim PE-OPT-CSIM,
///     eap PE-EAP, df-5gs PE-DF-5GS, df-saip PE-DF-SAIP, df-snpn PE-DF-SNPN, df-5gprose PE-DF-5GPROSE,
///     iot PE-IoT, opt-iot PE-OPT-IoT, ssim PE-SSIM, ...
/// }
/// ```
public enum ProfileElementType: Hashable, Sendable, CustomStringConvertible {
    case header
    case genericFileManagement
    case pinCodes
    case pukCodes
    case akaParameter
    case cdmaParameter
    case securityDomain
    case rfm
    case application
    case nonStandard
    case end
    case ssimEapTLSParameters
    case rfu2
    case rfu3
    case rfu4
    case rfu5
    case mf
    case cd
    case telecom
    case usim
    case optUSIM
    case isim
    case optISIM
    case phonebook
    case gsmAccess
    case csim
    case optCSIM
    case eap
    case df5GS
    case dfSAIP
    case dfSNPN
    case df5GProSe
    case iot
    case optIoT
    case ssim
    /// An alternative added after version 3.4 of the PE definitions, by its context tag number.
    case unknown(tagNumber: UInt)

    /// The known alternatives, indexed by their context tag number.
    public static let known: [ProfileElementType] = [
        .header, .genericFileManagement, .pinCodes, .pukCodes, .akaParameter, .cdmaParameter, .securityDomain,
        .rfm, .application, .nonStandard, .end, .ssimEapTLSParameters, .rfu2, .rfu3, .rfu4, .rfu5, .mf, .cd,
        .telecom, .usim, .optUSIM, .isim, .optISIM, .phonebook, .gsmAccess, .csim, .optCSIM, .eap, .df5GS,
        .dfSAIP, .dfSNPN, .df5GProSe, .iot, .optIoT, .ssim,
    ]

    private static let asn1Names = [
        "header", "genericFileManagement", "pinCodes", "pukCodes", "akaParameter", "cdmaParameter",
        "securityDomain", "rfm", "application", "nonStandard", "end", "ssimEapTLSParameters", "rfu2", "rfu3",
        "rfu4", "rfu5", "mf", "cd", "telecom", "usim", "opt-usim", "isim", "opt-isim", "phonebook", "gsm-access",
        "csim", "opt-csim", "eap", "df-5gs", "df-saip", "df-snpn", "df-5gprose", "iot", "opt-iot", "ssim",
    ]

    /// The alternative carried under context tag `[tagNumber]`.
    public init(tagNumber: UInt) {
        if tagNumber < UInt(Self.known.count) {
            self = Self.known[Int(tagNumber)]
        } else {
            self = .unknown(tagNumber: tagNumber)
        }
    }

    /// The context tag number of this alternative.
    public var tagNumber: UInt {
        if case .unknown(let number) = self { return number }
        return UInt(Self.known.firstIndex(of: self) ?? 0)
    }

    /// The alternative's identifier in the ASN.1 module (`opt-usim`, `df-5gs`, …).
    public var asn1Name: String {
        if case .unknown(let number) = self { return "[\(number)]" }
        return Self.asn1Names[Int(tagNumber)]
    }

    public var description: String { asn1Name }
}
