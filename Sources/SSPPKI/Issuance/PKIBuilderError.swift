/// Why the PKI builder refused its input.
public enum PKIBuilderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The EID is not 32 decimal digits with valid check digits.
    case invalidEID(String, reason: String)
    /// The Primary Platform identifier is not 8 dash-separated groups of 4 characters.
    case invalidPlatformIdentifier(String, reason: String)
    /// A host name cannot go into a dNSName.
    case invalidHostName(String)
    /// An IP address is neither dotted IPv4 nor IPv6 text.
    case invalidIPAddress(String)
    /// The country is not a two-letter code.
    case invalidCountry(String)
    /// The issuing identity is not a certificate authority of the role this certificate needs.
    case wrongIssuer(role: CertificateRole, expected: CertificateRole?, found: CertificateRole)
    /// swift-certificates could not build the certificate.
    case encodingFailed(role: CertificateRole, reason: String)

    public var description: String {
        switch self {
        case .invalidEID(let eid, let reason):
            return "\"\(eid)\" is not a valid EID: \(reason)."
        case .invalidPlatformIdentifier(let id, let reason):
            return "\"\(id)\" is not a valid Primary Platform identifier: \(reason)."
        case .invalidHostName(let host):
            return "\"\(host)\" is not a valid DNS host name."
        case .invalidIPAddress(let text):
            return "\"\(text)\" is not an IPv4 or IPv6 address."
        case .invalidCountry(let country):
            return "\"\(country)\" is not a two-letter country code."
        case .wrongIssuer(let role, let expected, let found):
            let wanted = expected.map { "an \($0) certificate" } ?? "no issuer (it is self-signed)"
            return "A \(role) certificate needs \(wanted), but the issuer given is a \(found) certificate."
        case .encodingFailed(let role, let reason):
            return "The \(role) certificate could not be encoded: \(reason)."
        }
    }
}
