import SGP22

/// One plain sentence (without the final full stop) for each SGP.22 result code an ES10 function reports,
/// worded for the person in front of the device.
extension ES10Error {
    static func sentence(_ code: AuthenticateErrorCode) -> String {
        switch code {
        case .invalidCertificate: return "the SM-DP+ certificate is not valid for this eUICC"
        case .invalidSignature: return "the SM-DP+ signature over serverSigned1 does not verify"
        case .unsupportedCurve: return "the SM-DP+ certificate uses a curve the eUICC does not support"
        case .noSessionContext: return "the eUICC has no challenge outstanding for this session"
        case .invalidOid: return "the SM-DP+ certificate does not carry the OID the activation code names"
        case .euiccChallengeMismatch: return "the SM-DP+ signed a different eUICC challenge"
        case .ciPKUnknown: return "the eUICC does not trust the certificate issuer the SM-DP+ chose"
        case .transactionIdError: return "the transaction identifier is not acceptable"
        case .missingCrl: return "a certificate revocation list is missing"
        case .invalidCrlSignature: return "a certificate revocation list has an invalid signature"
        case .revokedCert: return "the SM-DP+ certificate has been revoked"
        case .invalidCertOrCrlTime: return "a certificate or revocation list is outside its validity period"
        case .invalidCertOrCrlConfiguration: return "a certificate or revocation list is badly configured"
        case .invalidIccid: return "the ICCID is not valid"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value), which SGP.22 v2.2 does not name"
        }
    }

    static func sentence(_ code: DownloadErrorCode) -> String {
        switch code {
        case .invalidCertificate: return "the SM-DP+ binding certificate is not valid for this eUICC"
        case .invalidSignature: return "the SM-DP+ signature over smdpSigned2 does not verify"
        case .unsupportedCurve: return "the SM-DP+ binding certificate uses a curve the eUICC does not support"
        case .noSessionContext: return "the eUICC has no authenticated session to prepare"
        case .invalidTransactionId: return "the transaction identifier is not the session's"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value), which SGP.22 v2.2 does not name"
        }
    }

    static func sentence(_ code: CancelSessionResponse.CancelSessionResponseError) -> String {
        switch code {
        case .invalidTransactionId: return "it has no open session with this transaction identifier"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }

    static func sentence(_ code: ProfileInfoListError) -> String {
        switch code {
        case .incorrectInputValues: return "the search criteria were not accepted"
        case .profileChangeOngoing: return "a profile change is in progress"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }

    static func sentence(_ code: EnableProfileResponse.EnableResult) -> String {
        switch code {
        case .ok: return "no error"
        case .iccidOrAidNotFound: return "no such profile is installed"
        case .profileNotInDisabledState: return "the profile is already enabled"
        case .disallowedByPolicy: return "a profile policy rule (PPR1 of the enabled profile) forbids it"
        case .wrongProfileReenabling: return "the profile may not be re-enabled this way"
        case .catBusy: return "the card's toolkit session is busy; try again"
        case .disallowedByEnterpriseRule: return "an enterprise rule forbids it"
        case .commandError: return "the command was malformed"
        case .disallowedForRpm: return "remote profile management forbids it"
        case .noEsimPortAvailable: return "no eSIM port is free"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }

    static func sentence(_ code: DisableProfileResponse.DisableResult) -> String {
        switch code {
        case .ok: return "no error"
        case .iccidOrAidNotFound: return "no such profile is installed"
        case .profileNotInEnabledState: return "the profile is not enabled"
        case .disallowedByPolicy: return "its profile policy rule PPR1 forbids disabling it"
        case .catBusy: return "the card's toolkit session is busy; try again"
        case .disallowedByEnterpriseRule: return "an enterprise rule forbids it"
        case .commandError: return "the command was malformed"
        case .disallowedForRpm: return "remote profile management forbids it"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }

    static func sentence(_ code: DeleteProfileResponse.DeleteResult) -> String {
        switch code {
        case .ok: return "no error"
        case .iccidOrAidNotFound: return "no such profile is installed"
        case .profileNotInDisabledState: return "the profile is enabled; disable it first"
        case .disallowedByPolicy: return "its profile policy rule PPR2 forbids deleting it"
        case .disallowedInTestMode: return "deleting it is not allowed in test mode"
        case .commandError: return "the command was malformed"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }

    static func sentence(_ code: SetNicknameResponse.SetNicknameResult) -> String {
        switch code {
        case .ok: return "no error"
        case .iccidNotFound: return "no profile with this ICCID is installed"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }

    static func sentence(_ code: EuiccMemoryResetResponse.ResetResult) -> String {
        switch code {
        case .ok: return "no error"
        case .nothingToDelete: return "there was nothing to delete"
        case .catBusy: return "the card's toolkit session is busy; try again"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }

    static func sentence(_ code: SetDefaultDpAddressResponse.SetDefaultDpAddressResult) -> String {
        switch code {
        case .ok: return "no error"
        case .unsupportedCiPKId: return "the eUICC does not support that certificate issuer"
        case .undefinedError: return "the eUICC gave no precise reason"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }
}

/// Plain words for the parts of a failed installation (ProfileInstallationResult's ErrorResult).
public enum InstallationFailureWording {
    /// What the eUICC was doing, e.g. "loading the profile elements".
    public static func step(_ command: BppCommandId) -> String {
        switch command {
        case .initialiseSecureChannel: return "opening the secure channel (InitialiseSecureChannel)"
        case .configureISDP: return "configuring the ISD-P (ConfigureISDP)"
        case .storeMetadata: return "storing the profile metadata (StoreMetadata)"
        case .storeMetadata2: return "storing the profile metadata (StoreMetadata, second part)"
        case .replaceSessionKeys: return "replacing the session keys (ReplaceSessionKeys)"
        case .loadProfileElements: return "loading the profile elements"
        case .other(let value): return "BPP command \(value)"
        }
    }

    /// Why it failed, e.g. "the profile's ICCID is already installed".
    public static func reason(_ reason: ErrorReason) -> String {
        switch reason {
        case .incorrectInputValues: return "the input values are incorrect"
        case .invalidSignature: return "a signature does not verify"
        case .invalidTransactionId: return "the transaction identifier is not the session's"
        case .unsupportedCrtValues: return "the key parameters (CRT) are not supported"
        case .unsupportedRemoteOperationType: return "the remote operation type is not supported"
        case .unsupportedProfileClass: return "the eUICC does not accept this profile class"
        case .scp03tStructureError: return "a protected segment is malformed"
        case .scp03tSecurityError: return "a protected segment fails its MAC or decryption"
        case .installFailedDueToIccidAlreadyExistsOnEuicc: return "a profile with this ICCID is already installed"
        case .installFailedDueToInsufficientMemoryForProfile: return "the eUICC has not enough memory for it"
        case .installFailedDueToInterruption: return "the installation was interrupted"
        case .installFailedDueToPEProcessingError: return "a profile element could not be processed"
        case .installFailedDueToDataMismatch: return "the package does not match its metadata"
        case .testProfileInstallFailedDueToInvalidNaaKey: return "the test profile has an invalid NAA key"
        case .pprNotAllowed: return "its profile policy rules are not allowed on this eUICC"
        case .unknownTlvInMetadata: return "the metadata holds an unknown element"
        case .installFailedDueToUnknownError: return "the eUICC gave no precise reason"
        case .enterpriseProfilesNotSupported, .enterpriseRulesNotAllowed, .enterpriseProfileNotAllowed,
            .enterpriseOidMismatch, .enterpriseRulesError, .enterpriseProfilesOnly:
            return "an enterprise rule refused it (code \(reason.code))"
        case .lprNotSupported: return "the local profile assistant proxy is not supported"
        case .other(let value): return "the eUICC reported code \(value)"
        }
    }
}
