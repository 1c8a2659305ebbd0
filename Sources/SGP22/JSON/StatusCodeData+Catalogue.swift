/// The status codes SGP.22 (v2.2, sections 5.3 and 5.6) tabulates for the ES2+ and ES9+ functions, as named
/// constants with SGP.22's own wording as the default message.
///
/// Each constant's comment names the functions whose error table lists it. Use them as they are, or refine
/// them: `.iccidUnknown.identifying(iccid)`, `.matchingIdRefused.withMessage("…")`.
extension StatusCodeData {
    private static func code(_ subject: String, _ reason: String, _ message: String) -> StatusCodeData {
        StatusCodeData(subjectCode: subject, reasonCode: reason, message: message)
    }

    // MARK: Generic (any function)

    /// 1.1 / 1.1: the caller is unknown to the function provider (all ES2+ functions).
    public static let functionRequesterUnknown = code(
        "1.1", "1.1", "The function caller is unknown to the function provider")
    /// 1.1 / 1.2: the caller may not use this function (all ES2+ functions).
    public static let functionRequesterNotAllowed = code(
        "1.1", "1.2", "The function caller is not allowed to use this function")
    /// 1.2 / 4.2: internal error, only when no more accurate code applies (any function).
    public static let functionProviderExecutionError = code(
        "1.2", "4.2", "Internal processing error of the function provider")
    /// 1.6 / 2.1: an input parameter is malformed or not acceptable; name it with `identifying(_:)`.
    public static let invalidInputParameter = code(
        "1.6", "2.1", "An input parameter of the function is invalid")
    /// 1.6 / 2.2: a mandatory input parameter is missing; name it with `identifying(_:)`.
    public static let mandatoryInputParameterMissing = code(
        "1.6", "2.2", "A mandatory input parameter of the function is missing")
    /// 1.6 / 2.3: a conditional input parameter is missing; name it with `identifying(_:)`.
    public static let conditionalInputParameterMissing = code(
        "1.6", "2.3", "A conditional input parameter of the function is missing")

    // MARK: eUICC (8.1)

    /// 8.1 / 4.8: the eUICC's free memory is below what the profile needs (ES9+ AuthenticateClient).
    public static let euiccInsufficientMemory = code(
        "8.1", "4.8", "eUICC does not have sufficient space for this Profile")
    /// 8.1 / 6.1: eUICC signature or serverChallenge invalid (ES9+ AuthenticateClient, GetBoundProfilePackage,
    /// CancelSession).
    public static let euiccVerificationFailed = code(
        "8.1", "6.1", "eUICC signature is invalid or serverChallenge is invalid")
    /// 8.1.1 / 2.2: the order needs an EID and has none (ES2+ ConfirmOrder).
    public static let eidMissing = code(
        "8.1.1", "2.2",
        "The EID is missing in the context of this order (SM-DS address provided or MatchingID value is empty)")
    /// 8.1.1 / 3.8: the eUICC is not the one the order names (ES9+ AuthenticateClient).
    public static let eidRefused = code("8.1.1", "3.8", "EID doesn't match the expected value")
    /// 8.1.1 / 3.9: the EID is unknown to the SM-DP+ (ES2+ DownloadOrder).
    public static let eidUnknown = code("8.1.1", "3.9", "The eUICC identified by this EID is unknown to the SM-DP+")
    /// 8.1.1 / 3.10: another EID is already bound to the ICCID (ES2+ ConfirmOrder).
    public static let eidInvalidAssociation = code(
        "8.1.1", "3.10", "A different EID is already associated with this ICCID")
    /// 8.1.2 / 6.1: the EUM certificate does not verify (ES9+ AuthenticateClient).
    public static let eumCertificateInvalid = code("8.1.2", "6.1", "EUM Certificate is invalid")
    /// 8.1.2 / 6.3: the EUM certificate has expired (ES9+ AuthenticateClient).
    public static let eumCertificateExpired = code("8.1.2", "6.3", "EUM Certificate has expired")
    /// 8.1.3 / 6.1: the eUICC certificate does not verify (ES9+ AuthenticateClient).
    public static let euiccCertificateInvalid = code("8.1.3", "6.1", "eUICC Certificate is invalid")
    /// 8.1.3 / 6.3: the eUICC certificate has expired (ES9+ AuthenticateClient).
    public static let euiccCertificateExpired = code("8.1.3", "6.3", "eUICC Certificate has expired")

    // MARK: Profile (8.2)

    /// 8.2 / 1.2: the operator has not released the profile yet (ES9+ AuthenticateClient).
    public static let profileNotReleased = code("8.2", "1.2", "Profile has not yet been released")
    /// 8.2 / 3.7: a bound package exists and may not be bound again (ES9+ GetBoundProfilePackage).
    public static let bppNotAvailableForRebinding = code("8.2", "3.7", "BPP is not available for a new binding")
    /// 8.2.1 / 1.2: the caller may not act on this profile (ES2+ DownloadOrder, ConfirmOrder, CancelOrder,
    /// ReleaseProfile).
    public static let iccidNotAllowed = code(
        "8.2.1", "1.2", "The function caller is not allowed to perform this function on the target Profile")
    /// 8.2.1 / 2.2: the ICCID or finalProfileStatusIndicator is missing (ES2+ CancelOrder).
    public static let iccidMissing = code(
        "8.2.1", "2.2",
        "The ICCID or the finalProfileStatusIndicator is missing in the context of cancelling a download order")
    /// 8.2.1 / 3.3: the profile is not available, e.g. already downloaded (ES2+ DownloadOrder, ConfirmOrder).
    public static let iccidAlreadyInUse = code(
        "8.2.1", "3.3", "The Profile identified by the provided ICCID is not available")
    /// 8.2.1 / 3.5: the profile is in a state that forbids the operation (ES2+ ReleaseProfile, CancelOrder).
    public static let iccidInvalidTransition = code("8.2.1", "3.5", "The target Profile cannot be released")
    /// 8.2.1 / 3.9: no such profile (ES2+ DownloadOrder, ConfirmOrder, CancelOrder, ReleaseProfile).
    public static let iccidUnknown = code(
        "8.2.1", "3.9", "The Profile identified by this ICCID is unknown to the SM-DP+")
    /// 8.2.1 / 3.10: the profile is bound to another EID (ES2+ ConfirmOrder, CancelOrder).
    public static let iccidInvalidAssociation = code("8.2.1", "3.10", "A different EID is associated with this ICCID")
    /// 8.2.5 / 1.2: the caller may not use this profile type (ES2+ DownloadOrder).
    public static let profileTypeNotAllowed = code(
        "8.2.5", "1.2", "The function caller is not allowed to perform this function on the Profile Type")
    /// 8.2.5 / 3.7: the stock of this profile type is exhausted (ES2+ DownloadOrder).
    public static let profileTypeUnavailable = code(
        "8.2.5", "3.7", "No more Profile available for the requested Profile Type")
    /// 8.2.5 / 3.8: the profile type does not match the ICCID's (ES2+ DownloadOrder).
    public static let profileTypeMismatch = code(
        "8.2.5", "3.8", "The Profile Type is not aligned with the Profile Type of the Profile identified by the ICCID")
    /// 8.2.5 / 3.9: no such profile type (ES2+ DownloadOrder).
    public static let profileTypeUnknown = code("8.2.5", "3.9", "The Profile Type is unknown to the SM-DP+")
    /// 8.2.5 / 4.3: no profile suits this eUICC or device (ES9+ AuthenticateClient).
    public static let noEligibleProfile = code("8.2.5", "4.3", "No eligible Profile for this eUICC/Device")
    /// 8.2.6 / 3.3: the MatchingID is already used for another order (ES2+ ConfirmOrder).
    public static let matchingIdAlreadyInUse = code("8.2.6", "3.3", "Conflicting MatchingID value")
    /// 8.2.6 / 3.8: the MatchingID (AC token or event ID) is refused (ES9+ AuthenticateClient).
    public static let matchingIdRefused = code("8.2.6", "3.8", "MatchingID (AC_Token or EventID) is refused")
    /// 8.2.6 / 3.10: another MatchingID is bound to the ICCID (ES2+ ConfirmOrder, CancelOrder).
    public static let matchingIdInvalidAssociation = code(
        "8.2.6", "3.10", "A different MatchingID is associated with this ICCID")
    /// 8.2.7 / 2.2: the order needs a confirmation code and none came (ES9+ GetBoundProfilePackage).
    public static let confirmationCodeMissing = code("8.2.7", "2.2", "Confirmation Code is missing")
    /// 8.2.7 / 3.8: the confirmation code is wrong (ES9+ GetBoundProfilePackage).
    public static let confirmationCodeRefused = code("8.2.7", "3.8", "Confirmation Code is refused")
    /// 8.2.7 / 6.4: too many wrong confirmation codes (ES9+ GetBoundProfilePackage).
    public static let confirmationCodeRetriesExceeded = code(
        "8.2.7", "6.4", "The maximum number of retries for the Confirmation Code has been exceeded")

    // MARK: SM-DP+ (8.8), SM-DS (8.9)

    /// 8.8 / 3.10: the smdpOid in the eUICC's signed cancellation is not this SM-DP+'s (ES9+ CancelSession).
    public static let smdpOidInvalidAssociation = code("8.8", "3.10", "The provided SM-DP+ OID is invalid")
    /// 8.8.1 / 3.8: the request names another SM-DP+ (ES9+ InitiateAuthentication).
    public static let smdpAddressRefused = code("8.8.1", "3.8", "Invalid SM-DP+ Address")
    /// 8.8.2 / 3.1: no CI key in common with the eUICC (ES9+ InitiateAuthentication).
    public static let securityConfigurationUnsupported = code(
        "8.8.2", "3.1", "None of the proposed Public Key Identifiers is supported by the SM-DP+")
    /// 8.8.3 / 3.1: the eUICC's SGP.22 version is not supported (ES9+ InitiateAuthentication).
    public static let specificationVersionUnsupported = code(
        "8.8.3", "3.1", "The Specification Version Number indicated by the eUICC is not supported by the SM-DP+")
    /// 8.8.4 / 3.7: no DPauth certificate under a CI the eUICC trusts (ES9+ InitiateAuthentication).
    public static let smdpCertificateUnavailable = code(
        "8.8.4", "3.7",
        "The SM-DP+ has no CERT.DPauth.ECDSA signed by one of the GSMA CI Public Keys supported by the eUICC")
    /// 8.8.5 / 4.10: the download order's time to live has passed (ES9+ AuthenticateClient,
    /// GetBoundProfilePackage).
    public static let downloadOrderExpired = code("8.8.5", "4.10", "The Download order has expired")
    /// 8.8.5 / 6.4: too many download attempts for this order (ES9+ AuthenticateClient, GetBoundProfilePackage).
    public static let downloadOrderRetriesExceeded = code(
        "8.8.5", "6.4", "The maximum number of retries for the Profile download order has been exceeded")
    /// 8.9 / 4.2: the SM-DS answered the event registration or deletion with an error (ES2+ ConfirmOrder,
    /// CancelOrder).
    public static let smdsExecutionError = code("8.9", "4.2", "SM-DS has raised an error")
    /// 8.9 / 5.1: the SM-DS could not be reached (ES2+ ConfirmOrder, CancelOrder).
    public static let smdsInaccessible = code("8.9", "5.1", "SM-DS was unavailable")

    // MARK: RSP session (8.10), CI (8.11)

    /// 8.10.1 / 3.9: no RSP session has this transactionId (ES9+ AuthenticateClient, GetBoundProfilePackage,
    /// CancelSession).
    public static let transactionIdUnknown = code(
        "8.10.1", "3.9", "The RSP session identified by the TransactionID is unknown")
    /// Another name for `transactionIdUnknown` (8.10.1 / 3.9).
    public static var invalidTransactionId: StatusCodeData { transactionIdUnknown }
    /// 8.11.1 / 3.9: the eUICC chain ends at a CI the SM-DP+ does not trust (ES9+ AuthenticateClient).
    public static let ciPublicKeyUnknown = code(
        "8.11.1", "3.9", "Unknown CI Public Key. The CI used by the EUM Certificate is not a trusted root")

    /// Every named code, in the order above.
    public static let catalogue: [StatusCodeData] = [
        functionRequesterUnknown, functionRequesterNotAllowed, functionProviderExecutionError,
        invalidInputParameter, mandatoryInputParameterMissing, conditionalInputParameterMissing,
        euiccInsufficientMemory, euiccVerificationFailed, eidMissing, eidRefused, eidUnknown, eidInvalidAssociation,
        eumCertificateInvalid, eumCertificateExpired, euiccCertificateInvalid, euiccCertificateExpired,
        profileNotReleased, bppNotAvailableForRebinding, iccidNotAllowed, iccidMissing, iccidAlreadyInUse,
        iccidInvalidTransition, iccidUnknown, iccidInvalidAssociation, profileTypeNotAllowed, profileTypeUnavailable,
        profileTypeMismatch, profileTypeUnknown, noEligibleProfile, matchingIdAlreadyInUse, matchingIdRefused,
        matchingIdInvalidAssociation, confirmationCodeMissing, confirmationCodeRefused,
        confirmationCodeRetriesExceeded, smdpOidInvalidAssociation, smdpAddressRefused,
        securityConfigurationUnsupported, specificationVersionUnsupported, smdpCertificateUnavailable,
        downloadOrderExpired, downloadOrderRetriesExceeded, smdsExecutionError, smdsInaccessible,
        transactionIdUnknown, ciPublicKeyUnknown,
    ]
}
