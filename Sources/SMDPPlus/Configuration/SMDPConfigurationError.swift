/// Why the SM-DP+ could not be set up from its configuration.
public enum SMDPConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A configuration file could not be read or parsed.
    case unreadableFile(path: String, reason: String)
    /// A field has a value the SM-DP+ cannot use.
    case invalidValue(field: String, reason: String)
    /// A certificate or key file could not be loaded.
    case unreadableCredential(path: String, reason: String)
    /// The credentials do not fit together (wrong role, key not the certificate's, chain not to a trusted CI).
    case inconsistentCredentials(String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason): "cannot read the configuration file \(path): \(reason)"
        case .invalidValue(let field, let reason): "configuration field \(field): \(reason)"
        case .unreadableCredential(let path, let reason): "cannot load \(path): \(reason)"
        case .inconsistentCredentials(let reason): "SM-DP+ credentials: \(reason)"
        }
    }
}
