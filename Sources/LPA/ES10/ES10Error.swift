import APDU
import SGP22

/// Why an ES10 call to the eUICC did not give the LPA what it asked for.
///
/// Three layers can fail: the APDU link (`transport`, `cardRefused` with a status word), the encoding
/// (`malformedResponse`), and the function itself, which reports its own SGP.22 result code inside a normal
/// response (the other cases, each with the code the card sent). `description` is one plain sentence.
public enum ES10Error: Error, Hashable, Sendable, CustomStringConvertible {
    /// The APDU link failed before the card answered (no channel, reader gone, request too long).
    case transport(function: ES10Tag, reason: String)
    /// The card answered a status word other than `9000`/`61xx`.
    case cardRefused(function: ES10Tag, statusWord: StatusWord, step: String)
    /// The card's answer is not the response SGP.22 defines for the function.
    case malformedResponse(function: ES10Tag, reason: String)
    /// ES10b.AuthenticateServer: the eUICC refused the server; `response` is the `BF38` answer to relay.
    case authenticateServerRefused(AuthenticateErrorCode, response: [UInt8])
    /// ES10b.PrepareDownload: the eUICC refused; `response` is the `BF21` answer to relay.
    case prepareDownloadRefused(DownloadErrorCode, response: [UInt8])
    /// ES10b.CancelSession: the eUICC had no such session or failed.
    case cancelSessionRefused(CancelSessionResponse.CancelSessionResponseError)
    /// ES10b.ListNotification failed.
    case listNotificationFailed(ListNotificationResponse.ListNotificationsResultError)
    /// ES10b.RetrieveNotificationsList failed.
    case retrieveNotificationsListFailed(RetrieveNotificationsListResponse.NotificationsListResultError)
    /// ES10b.RemoveNotificationFromList failed (`nothingToDelete` is not an error).
    case removeNotificationFailed(NotificationSentResponse.DeleteNotificationStatus, seqNumber: Int)
    /// ES10b.LoadBoundProfilePackage: every segment was accepted but none was answered with a result.
    case noInstallationResult(segmentsSent: Int)
    /// ES10c.GetProfilesInfo failed.
    case profilesInfoFailed(ProfileInfoListError)
    /// ES10c.EnableProfile refused.
    case enableProfileRefused(EnableProfileResponse.EnableResult, profile: String)
    /// ES10c.DisableProfile refused.
    case disableProfileRefused(DisableProfileResponse.DisableResult, profile: String)
    /// ES10c.DeleteProfile refused.
    case deleteProfileRefused(DeleteProfileResponse.DeleteResult, profile: String)
    /// ES10c.SetNickname refused.
    case setNicknameRefused(SetNicknameResponse.SetNicknameResult, iccid: String)
    /// ES10c.eUICCMemoryReset refused.
    case memoryResetRefused(EuiccMemoryResetResponse.ResetResult)
    /// ES10a.SetDefaultDpAddress refused.
    case setDefaultDpAddressRefused(SetDefaultDpAddressResponse.SetDefaultDpAddressResult)

    /// The ES10 function that failed.
    public var function: ES10Tag {
        switch self {
        case .transport(let function, _), .cardRefused(let function, _, _), .malformedResponse(let function, _):
            return function
        case .authenticateServerRefused: return .authenticateServer
        case .prepareDownloadRefused: return .prepareDownload
        case .cancelSessionRefused: return .cancelSession
        case .listNotificationFailed: return .listNotification
        case .retrieveNotificationsListFailed: return .retrieveNotificationsList
        case .removeNotificationFailed: return .notificationSent
        case .noInstallationResult: return .loadBoundProfilePackage
        case .profilesInfoFailed: return .getProfilesInfo
        case .enableProfileRefused: return .enableProfile
        case .disableProfileRefused: return .disableProfile
        case .deleteProfileRefused: return .deleteProfile
        case .setNicknameRefused: return .setNickname
        case .memoryResetRefused: return .euiccMemoryReset
        case .setDefaultDpAddressRefused: return .setDefaultDpAddress
        }
    }

    /// The SGP.22 result code the card reported, when the function itself failed.
    public var resultCode: Int? {
        switch self {
        case .transport, .cardRefused, .malformedResponse, .noInstallationResult: return nil
        case .authenticateServerRefused(let code, _): return code.code
        case .prepareDownloadRefused(let code, _): return code.code
        case .cancelSessionRefused(let code): return code.code
        case .listNotificationFailed(let code): return code.code
        case .retrieveNotificationsListFailed(let code): return code.code
        case .removeNotificationFailed(let code, _): return code.code
        case .profilesInfoFailed(let code): return code.code
        case .enableProfileRefused(let code, _): return code.code
        case .disableProfileRefused(let code, _): return code.code
        case .deleteProfileRefused(let code, _): return code.code
        case .setNicknameRefused(let code, _): return code.code
        case .memoryResetRefused(let code): return code.code
        case .setDefaultDpAddressRefused(let code): return code.code
        }
    }

    public var description: String {
        let name = function.functionName
        switch self {
        case .transport(_, let reason):
            return "\(name) could not be sent to the card: \(reason)."
        case .cardRefused(_, let statusWord, let step):
            return "The card refused \(name) with status word \(statusWord) (\(step))."
        case .malformedResponse(_, let reason):
            return "The card's answer to \(name) is not a valid response: \(reason)."
        case .authenticateServerRefused(let code, _):
            return "The eUICC did not accept the SM-DP+ (\(name) error \(code.code)): \(Self.sentence(code))."
        case .prepareDownloadRefused(let code, _):
            return "The eUICC refused to prepare the download (\(name) error \(code.code)): \(Self.sentence(code))."
        case .cancelSessionRefused(let code):
            return "The eUICC could not cancel the session (\(name) error \(code.code)): \(Self.sentence(code))."
        case .listNotificationFailed(let code):
            return "The eUICC could not list its notifications (\(name) error \(code.code))."
        case .retrieveNotificationsListFailed(let code):
            return "The eUICC could not hand out its notifications (\(name) error \(code.code))."
        case .removeNotificationFailed(let code, let seqNumber):
            return "The eUICC could not remove notification \(seqNumber) (\(name) status \(code.code))."
        case .noInstallationResult(let segments):
            return "The eUICC accepted all \(segments) segments of the bound profile package but returned no "
                + "ProfileInstallationResult."
        case .profilesInfoFailed(let code):
            return "The eUICC could not list its profiles (\(name) error \(code.code)): \(Self.sentence(code))."
        case .enableProfileRefused(let code, let profile):
            return "The eUICC refused to enable \(profile) (\(name) result \(code.code)): \(Self.sentence(code))."
        case .disableProfileRefused(let code, let profile):
            return "The eUICC refused to disable \(profile) (\(name) result \(code.code)): \(Self.sentence(code))."
        case .deleteProfileRefused(let code, let profile):
            return "The eUICC refused to delete \(profile) (\(name) result \(code.code)): \(Self.sentence(code))."
        case .setNicknameRefused(let code, let iccid):
            return "The eUICC refused the nickname for ICCID \(iccid) (\(name) result \(code.code)): "
                + "\(Self.sentence(code))."
        case .memoryResetRefused(let code):
            return "The eUICC refused the memory reset (\(name) result \(code.code)): \(Self.sentence(code))."
        case .setDefaultDpAddressRefused(let code):
            return "The eUICC refused the default SM-DP+ address (\(name) result \(code.code)): "
                + "\(Self.sentence(code))."
        }
    }
}
