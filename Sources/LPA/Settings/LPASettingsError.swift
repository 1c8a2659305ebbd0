/// Why the LPA settings could not be used.
public enum LPASettingsError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case invalidRoot(index: Int, reason: String)
    case invalidValue(field: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "The LPA settings \(path) cannot be read: \(reason)."
        case .unwritable(let path, let reason): return "The LPA settings \(path) cannot be written: \(reason)."
        case .invalidRoot(let index, let reason):
            return "Trusted root number \(index + 1) in the LPA settings is not a certificate: \(reason)."
        case .invalidValue(let field, let reason): return "The LPA setting \(field) is invalid: \(reason)."
        }
    }
}
