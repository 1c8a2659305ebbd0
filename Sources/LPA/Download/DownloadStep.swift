import SGP22

/// The steps of a profile download, in the order SGP.22 §3.1.3 runs them ("Common mutual authentication"
/// then "Download and installation"). Progress reports and errors name the step.
public enum DownloadStep: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// ES10b.GetEUICCInfo (EUICCInfo1) and ES10b.GetEUICCChallenge.
    case readEUICC
    /// ES9+.InitiateAuthentication: the SM-DP+ authenticates itself.
    case initiateAuthentication
    /// ES10b.AuthenticateServer: the eUICC checks the SM-DP+ and signs its answer.
    case authenticateServer
    /// ES9+.AuthenticateClient: the SM-DP+ checks the eUICC and names the profile.
    case authenticateClient
    /// The user sees the profile's metadata and accepts or rejects it.
    case consent
    /// The user gives the confirmation code.
    case confirmationCode
    /// ES10b.PrepareDownload: the eUICC makes its one-time key.
    case prepareDownload
    /// ES9+.GetBoundProfilePackage: the SM-DP+ binds the profile to the eUICC.
    case getBoundProfilePackage
    /// ES10b.LoadBoundProfilePackage: the segments go to the eUICC.
    case loadBoundProfilePackage
    /// ES9+.HandleNotification with the ProfileInstallationResult, then ES10b.RemoveNotificationFromList.
    case sendInstallationResult

    /// The step in words, e.g. "authenticating the SM-DP+".
    public var description: String {
        switch self {
        case .readEUICC: return "reading the eUICC's information"
        case .initiateAuthentication: return "authenticating the SM-DP+ (ES9+ initiateAuthentication)"
        case .authenticateServer: return "letting the eUICC check the SM-DP+ (ES10b AuthenticateServer)"
        case .authenticateClient: return "authenticating the eUICC (ES9+ authenticateClient)"
        case .consent: return "asking for the user's consent"
        case .confirmationCode: return "asking for the confirmation code"
        case .prepareDownload: return "preparing the eUICC (ES10b PrepareDownload)"
        case .getBoundProfilePackage: return "fetching the bound profile package (ES9+ getBoundProfilePackage)"
        case .loadBoundProfilePackage: return "installing the profile (ES10b LoadBoundProfilePackage)"
        case .sendInstallationResult: return "reporting the installation result (ES9+ handleNotification)"
        }
    }
}

/// What a download reports while it runs.
public enum DownloadProgress: Hashable, Sendable {
    /// A step starts.
    case step(DownloadStep)
    /// Segment `segment` of `count` of the bound profile package is being sent to the eUICC.
    case segment(Int, of: Int)
    /// The session is being cancelled on the eUICC and at the SM-DP+.
    case cancelling(CancelSessionReason)
    /// The profile is installed.
    case installed(iccid: String)
}
