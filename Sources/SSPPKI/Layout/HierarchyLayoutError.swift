/// Why an identity could not be read from a hierarchy folder.
public enum HierarchyLayoutError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The test hierarchy issues no certificate of this role.
    case roleNotInLayout(CertificateRole)
    /// A file of the layout is missing.
    case missingFile(path: String)

    public var description: String {
        switch self {
        case .roleNotInLayout(let role):
            return "The test hierarchy has no \(role) certificate."
        case .missingFile(let path):
            return "The file \(path) does not exist."
        }
    }
}
