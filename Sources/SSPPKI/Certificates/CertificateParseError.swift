/// Why bytes could not be read as a certificate.
public enum CertificateParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input was empty.
    case empty
    /// The input was text, but held no `-----BEGIN CERTIFICATE-----` block.
    case noCertificateInPEM
    /// A PEM block could not be decoded.
    case malformedPEM(reason: String)
    /// The bytes are not a DER-encoded X.509 certificate.
    case malformedDER(reason: String)
    /// An extension the PKI reads is present but malformed (or present twice).
    case malformedExtension(name: String, subject: String, reason: String)

    public var description: String {
        switch self {
        case .empty:
            return "The input is empty; expected a certificate in DER or PEM form."
        case .noCertificateInPEM:
            return "The text holds no \"-----BEGIN CERTIFICATE-----\" block."
        case .malformedPEM(let reason):
            return "The PEM text could not be decoded: \(reason)."
        case .malformedDER(let reason):
            return "The bytes are not a DER-encoded X.509 certificate: \(reason)."
        case .malformedExtension(let name, let subject, let reason):
            return "The \(name) extension of the certificate \"\(subject)\" is malformed: \(reason)."
        }
    }
}
