/// Why a private key file could not be used.
public enum PrivateKeyLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text holds no private key block.
    case noPrivateKey
    /// The key is on a curve the project cannot use.
    case unsupportedCurve(name: String)
    /// The key block could not be decoded.
    case malformed(reason: String)

    public var description: String {
        switch self {
        case .noPrivateKey:
            return "The text holds no \"PRIVATE KEY\" or \"EC PRIVATE KEY\" block."
        case .unsupportedCurve(let name):
            return "The private key is on \(name); only NIST P-256 keys are supported."
        case .malformed(let reason):
            return "The private key could not be decoded: \(reason)."
        }
    }
}
