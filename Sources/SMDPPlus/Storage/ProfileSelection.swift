import SGP22

/// Which profile an ES2+ DownloadOrder reserves.
public enum ProfileSelection: Hashable, Sendable {
    /// Exactly this profile, in whatever state it is (the caller checks).
    case iccid(ICCID)
    /// The oldest available profile of this type.
    case profileType(String)
}
