/// Errors of the eUICC engine's own API (creating, opening and configuring a card).
///
/// Errors that happen while the card answers an ES10 command never surface as Swift errors to the terminal:
/// they become SGP.22 result codes in the response, or a status word.
public enum EUICCError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Reading or writing the card file failed.
    case storage(operation: String, underlying: String)
    /// The file is not a card file (or not a complete one).
    case notACard(reason: String)
    /// A card file already exists where a new card was to be created.
    case cardAlreadyExists(path: String)
    /// The eUICC identity (certificate, key, EUM certificate, EID) is unusable.
    case invalidIdentity(reason: String)
    /// A CI certificate cannot be trusted by the card.
    case invalidCertificateIssuer(reason: String)
    /// A configuration value is out of range.
    case invalidConfiguration(reason: String)

    public var description: String {
        switch self {
        case .storage(let operation, let underlying):
            return "card storage: \(operation) failed: \(underlying)"
        case .notACard(let reason):
            return "not a card file: \(reason)"
        case .cardAlreadyExists(let path):
            return "a card file already exists at \(path)"
        case .invalidIdentity(let reason):
            return "invalid eUICC identity: \(reason)"
        case .invalidCertificateIssuer(let reason):
            return "invalid CI certificate: \(reason)"
        case .invalidConfiguration(let reason):
            return "invalid card configuration: \(reason)"
        }
    }
}
