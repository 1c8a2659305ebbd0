/// What the user decided when shown a profile's metadata (SGP.22 §3.1.3, "End User confirmation").
public enum ConsentDecision: Hashable, Sendable {
    /// Install the profile.
    case accept
    /// Do not install it: the session is cancelled with `endUserRejection`.
    case reject
    /// Not now: the session is cancelled with `postponed`, and the order stays for a later attempt.
    case postpone
    /// The user did not answer in time: the session is cancelled with `timeout`.
    case timedOut
}
