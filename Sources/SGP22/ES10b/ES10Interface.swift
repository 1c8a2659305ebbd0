/// The three interfaces between the LPA and the eUICC's ISD-R that SGP.22 defines.
public enum ES10Interface: String, Hashable, Sendable, CaseIterable {
    /// LPA Discovery Service ↔ ISD-R: configured addresses.
    case es10a = "ES10a"
    /// LPA Download ↔ ISD-R: authentication, download, notifications.
    case es10b = "ES10b"
    /// LPA Local Profile Assistant UI ↔ ISD-R: local Profile management.
    case es10c = "ES10c"
}
