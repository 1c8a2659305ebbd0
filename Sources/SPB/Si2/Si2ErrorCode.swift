import SGP22

/// The status codes the SPB Manager returns on Si2, as ES9+ does: a subject code and a reason code in the
/// `statusCodeData` of a `Failed` answer.
///
/// Generic codes (`1.x`) and the transaction ID (`8.10.1`) keep SGP.22's numbers. The SPB subjects have no
/// public numbers, so the project puts them under `9.x`, with SGP.22's reason codes:
///
/// | subject | meaning |
/// |---|---|
/// | 9.1 | SSP (the Primary Platform and its SPBL) |
/// | 9.1.1 | Primary Platform identifier |
/// | 9.1.2 | SPBL certificate |
/// | 9.1.3 | iSSP maker certificate |
/// | 9.1.4 | SPBL token |
/// | 9.2 | Telecom Bundle (SPB) |
/// | 9.2.1 | SPB family |
/// | 9.2.2 | Telecom Bundle Class |
/// | 9.3 | SPB Manager |
/// | 9.3.1 | SPB Manager address |
/// | 9.3.2 | Security configuration (family CI keys) |
/// | 9.4 | SPB order (matching ID) |
public enum Si2ErrorCode: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// 1.6 / 2.1: a request field is malformed (every function).
    case invalidInputParameter
    /// 1.6 / 2.2: a mandatory request field is missing (every function).
    case mandatoryInputParameterMissing
    /// 1.6 / 3.1: the `X-SSP-Protocol` version is not one the SPB Manager speaks (every function).
    case protocolVersionUnsupported
    /// 1.2 / 4.2: internal error (every function).
    case functionProviderExecutionError
    /// 8.10.1 / 3.9: no session has this transaction ID (AuthenticateSsp, GetBoundSpb, CancelSpbSession).
    case transactionIdUnknown
    /// 9.1 / 6.1: the SPBL's signature or the challenge it signed is wrong (AuthenticateSsp, CancelSpbSession,
    /// HandleSpbNotification).
    case sspVerificationFailed
    /// 9.1 / 4.8: the Primary Platform lacks memory for the bundle (InitiateSpbDownload, AuthenticateSsp).
    case insufficientMemory
    /// 9.1 / 3.8: the SPBL refused to authenticate the SPB Manager (AuthenticateSsp).
    case sspRefusedAuthentication
    /// 9.1.1 / 3.8: the Primary Platform identifier is not the one the certificate or order names
    /// (AuthenticateSsp).
    case platformIdRefused
    /// 9.1.2 / 6.1: the SPBL certificate does not verify (AuthenticateSsp).
    case spblCertificateInvalid
    /// 9.1.2 / 6.3: the SPBL certificate has expired (AuthenticateSsp).
    case spblCertificateExpired
    /// 9.1.3 / 6.1: the iSSP maker certificate does not verify (AuthenticateSsp).
    case isspMakerCertificateInvalid
    /// 9.1.4 / 6.1: the SPBL token does not decrypt or does not match the signed data (AuthenticateSsp).
    case tokenVerificationFailed
    /// 9.2 / 4.3: no bundle suits this Primary Platform (InitiateSpbDownload, AuthenticateSsp, GetBoundSpb).
    case noInteroperableSpb
    /// 9.2 / 3.7: the ordered bundle is not available now (AuthenticateSsp, GetBoundSpb).
    case spbUnavailable
    /// 9.2.1 / 3.1: the SPB Manager serves no such family (GetSpbmCertificate, InitiateSpbDownload).
    case familyNotSupported
    /// 9.2.2 / 3.1: the Primary Platform cannot host the ordered class (InitiateSpbDownload, AuthenticateSsp).
    case bundleClassNotSupported
    /// 9.3.1 / 3.8: the request names another SPB Manager (InitiateSpbDownload).
    case spbmAddressRefused
    /// 9.3.2 / 3.1: no family CI key in common with the SPBL (GetSpbmCertificate, InitiateSpbDownload).
    case securityConfigurationUnsupported
    /// 9.3.2 / 3.9: the SPBL's chain ends at a CI the SPB Manager does not trust (AuthenticateSsp).
    case ciPublicKeyUnknown
    /// 9.4 / 3.8: the matching ID is refused (InitiateSpbDownload, AuthenticateSsp).
    case matchingIdRefused
    /// 9.4 / 3.3: the order was already downloaded (InitiateSpbDownload, AuthenticateSsp, GetBoundSpb).
    case orderUsedUp
    /// 9.4 / 4.10: the order has expired (InitiateSpbDownload, AuthenticateSsp, GetBoundSpb).
    case orderExpired

    /// Subject code, reason code and the sentence the SPB Manager sends as `message`.
    private var entry: (subject: String, reason: String, sentence: String) {
        switch self {
        case .invalidInputParameter: ("1.6", "2.1", "An input parameter of the function is invalid")
        case .mandatoryInputParameterMissing: ("1.6", "2.2", "A mandatory input parameter of the function is missing")
        case .protocolVersionUnsupported: ("1.6", "3.1", "The Si2 protocol version is not supported")
        case .functionProviderExecutionError: ("1.2", "4.2", "Internal processing error of the SPB Manager")
        case .transactionIdUnknown: ("8.10.1", "3.9", "The transaction ID is unknown to the SPB Manager")
        case .sspVerificationFailed: ("9.1", "6.1", "The SPBL signature or the challenge it signed is invalid")
        case .insufficientMemory: ("9.1", "4.8", "The Primary Platform does not have enough memory for the bundle")
        case .sspRefusedAuthentication: ("9.1", "3.8", "The SPBL refused to authenticate the SPB Manager")
        case .platformIdRefused: ("9.1.1", "3.8", "The Primary Platform identifier does not match")
        case .spblCertificateInvalid: ("9.1.2", "6.1", "The SPBL certificate is invalid")
        case .spblCertificateExpired: ("9.1.2", "6.3", "The SPBL certificate has expired")
        case .isspMakerCertificateInvalid: ("9.1.3", "6.1", "The iSSP maker certificate is invalid")
        case .tokenVerificationFailed: ("9.1.4", "6.1", "The SPBL token could not be opened or does not match")
        case .noInteroperableSpb: ("9.2", "4.3", "No Telecom Bundle suits this Primary Platform")
        case .spbUnavailable: ("9.2", "3.7", "The Telecom Bundle is not available")
        case .familyNotSupported: ("9.2.1", "3.1", "The SPB family is not served by this SPB Manager")
        case .bundleClassNotSupported: ("9.2.2", "3.1", "The Primary Platform cannot host this Telecom Bundle Class")
        case .spbmAddressRefused: ("9.3.1", "3.8", "Invalid SPB Manager address")
        case .securityConfigurationUnsupported: ("9.3.2", "3.1", "No family CI key in common with the SPBL")
        case .ciPublicKeyUnknown: ("9.3.2", "3.9", "The SPBL chain ends at an unknown family CI")
        case .matchingIdRefused: ("9.4", "3.8", "The matching ID is refused")
        case .orderUsedUp: ("9.4", "3.3", "The order has already been downloaded")
        case .orderExpired: ("9.4", "4.10", "The order has expired")
        }
    }

    /// The subject code, e.g. `9.2.1`.
    public var subjectCode: String { entry.subject }
    /// The reason code, e.g. `3.1`.
    public var reasonCode: String { entry.reason }
    /// What went wrong, in a sentence.
    public var description: String { entry.sentence }

    /// The `statusCodeData` of a `Failed` answer.
    public var statusCodeData: StatusCodeData {
        StatusCodeData(subjectCode: entry.subject, reasonCode: entry.reason, message: entry.sentence)
    }

    /// The code whose subject and reason `data` carries, if it is one of these.
    public init?(_ data: StatusCodeData) {
        guard
            let code = Self.allCases.first(where: {
                $0.subjectCode == data.subjectCode && $0.reasonCode == data.reasonCode
            })
        else { return nil }
        self = code
    }

    /// The fallback reason that matches this failure, when the failure is one a fallback may answer.
    public var fallbackReason: SpbFallbackReason? {
        switch self {
        case .noInteroperableSpb: .noInteroperableSpb
        case .orderUsedUp: .orderUsedUp
        case .familyNotSupported, .securityConfigurationUnsupported: .familyNotSupported
        case .spbUnavailable: .spbUnavailable
        case .insufficientMemory: .insufficientMemory
        case .bundleClassNotSupported: .bundleClassNotSupported
        default: nil
        }
    }
}
