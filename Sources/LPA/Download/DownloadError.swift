import SGP22

/// Why a profile download did not install a profile, at which step, and how the session was ended.
public struct DownloadError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Failure: Error, Sendable {
        /// The eUICC refused or could not be reached over APDUs.
        case card(ES10Error)
        /// The SM-DP+ refused (with its status code data) or could not be reached.
        case server(ES9PlusError)
        /// The SM-DP+ answered something that contradicts the session (wrong transactionId, challenge, address).
        case inconsistentServer(String)
        /// The SM-DP+ certificate does not carry the OID the activation code names.
        case smdpOIDMismatch(expected: String, found: [String])
        /// The user rejected the profile.
        case rejectedByUser
        /// The user postponed the download.
        case postponedByUser
        /// The confirmation code was required but not given.
        case confirmationCodeNotGiven
        /// The eUICC's Rules Authorisation Table does not allow the profile's policy rules for its owner.
        case policyRulesNotAllowed(String)
        /// The eUICC reported a failed installation in its ProfileInstallationResult.
        case installationFailed(ErrorResult)
    }

    /// What went wrong.
    public let failure: Failure
    /// The step that failed.
    public let step: DownloadStep
    /// The RSP session, once the SM-DP+ opened one.
    public let transactionId: TransactionId?
    /// How the session was cancelled, when it was.
    public let cancellation: SessionCancellation?

    /// Records a failure.
    public init(
        _ failure: Failure, step: DownloadStep, transactionId: TransactionId? = nil,
        cancellation: SessionCancellation? = nil
    ) {
        self.failure = failure
        self.step = step
        self.transactionId = transactionId
        self.cancellation = cancellation
    }

    /// The SM-DP+'s subject and reason codes, when the SM-DP+ refused a function.
    public var statusCodeData: StatusCodeData? {
        if case .server(let error) = failure { return error.statusCodeData }
        return nil
    }

    /// The eUICC's error, when the eUICC refused.
    public var cardError: ES10Error? {
        if case .card(let error) = failure { return error }
        return nil
    }

    /// The failure in one sentence.
    public var reason: String {
        switch failure {
        case .card(let error): return error.description
        case .server(let error): return error.description
        case .inconsistentServer(let text): return "The SM-DP+ answered inconsistently: \(text)."
        case .smdpOIDMismatch(let expected, let found):
            let list = found.isEmpty ? "none" : found.joined(separator: ", ")
            return "The SM-DP+ certificate carries the OID \(list), not \(expected) as the activation code requires."
        case .rejectedByUser: return "The profile was rejected by the user."
        case .postponedByUser: return "The download was postponed by the user."
        case .confirmationCodeNotGiven: return "The SM-DP+ requires a confirmation code and none was given."
        case .policyRulesNotAllowed(let text): return "The profile's policy rules are not allowed: \(text)."
        case .installationFailed(let result):
            return "The eUICC could not install the profile while \(InstallationFailureWording.step(result.bppCommandId)): "
                + "\(InstallationFailureWording.reason(result.errorReason)) (errorReason \(result.errorReason.code))."
        }
    }

    public var description: String {
        var text = "The download failed while \(step): \(reason)"
        if let cancellation { text += " " + cancellation.description }
        return text
    }
}
