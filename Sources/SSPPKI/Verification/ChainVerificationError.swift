import Foundation

/// Why a certificate chain was refused. Every case names the certificate at fault by its subject.
public enum ChainVerificationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A certificate's signature does not verify under its issuer's key.
    case signatureInvalid(subject: String, issuer: String)
    /// A certificate's validity ended before the check time.
    case expired(subject: String, notAfter: Date)
    /// A certificate's validity starts after the check time.
    case notYetValid(subject: String, notBefore: Date)
    /// A certificate does not have the role its place in the chain needs.
    case wrongRole(subject: String, expected: CertificateRole, found: CertificateRole?)
    /// A certificate names several roles.
    case ambiguousRole(subject: String, roles: [CertificateRole])
    /// An issuing certificate lacks basicConstraints cA = TRUE.
    case notACertificateAuthority(subject: String)
    /// A certificate's keyUsage does not allow what its role needs (or is absent).
    case keyUsageMissing(subject: String, usage: KeyUsagePurpose)
    /// A TLS server certificate lacks the serverAuth extended key usage.
    case extendedKeyUsageMissing(subject: String, usage: String)
    /// A CA's pathLenConstraint is smaller than the number of CAs below it.
    case pathLengthExceeded(subject: String, limit: Int)
    /// No intermediate certificate with the issuer's name was given.
    case missingIntermediate(subject: String, issuer: String, expectedRole: CertificateRole)
    /// The chain does not end in one of the trusted roots.
    case untrustedRoot(subject: String)
    /// The issuer was found by key identifier, but its subject is not the certificate's issuer name.
    case issuerNameMismatch(subject: String, issuer: String, candidate: String)
    /// A certificate's authorityKeyIdentifier is not its issuer's subjectKeyIdentifier.
    case keyIdentifierMismatch(subject: String, authorityKeyID: String?, issuerKeyID: String?)
    /// A certificate lacks a key identifier SGP.22 §4.5.2.2 requires.
    case keyIdentifierMissing(subject: String, field: String)
    /// The key is on a curve the project cannot compute with (brainpoolP256r1, P-384, …).
    case unsupportedCurve(subject: String, name: String)
    /// The key bytes are not a valid point on the curve.
    case malformedPublicKey(subject: String)
    /// The signature algorithm is not ecdsa-with-SHA256, or the two copies of it differ.
    case unsupportedSignatureAlgorithm(subject: String, algorithm: String)
    /// A critical extension the verifier does not understand.
    case unhandledCriticalExtension(subject: String, oid: String)
    /// An eUICC certificate has no serialNumber (EID) in its subject.
    case eidMissing(subject: String)
    /// An eUICC certificate's EID is not 32 digits with valid check digits.
    case eidMalformed(subject: String, eid: String, reason: String)
    /// The EUM certificate grants no EID range.
    case eidRangeMissing(issuer: String)
    /// The eUICC's EID lies outside every range its EUM may certify.
    case eidOutOfRange(eid: String, permitted: [String])
    /// An SPBL certificate has no serialNumber (Primary Platform identifier) in its subject.
    case platformIdentifierMissing(subject: String)
    /// An SPBL certificate's Primary Platform identifier is malformed.
    case platformIdentifierMalformed(subject: String, identifier: String, reason: String)
    /// The iSSP maker certificate grants no Primary Platform identifier range.
    case platformRangeMissing(issuer: String)
    /// The SPBL's Primary Platform identifier lies outside every range its maker may certify.
    case platformIdentifierOutOfRange(identifier: String, permitted: [String])

    public var description: String {
        switch self {
        case .signatureInvalid(let subject, let issuer):
            return "The signature of \"\(subject)\" does not verify with the key of its issuer \"\(issuer)\"."
        case .expired(let subject, let notAfter):
            return "The certificate \"\(subject)\" expired on \(Self.format(notAfter))."
        case .notYetValid(let subject, let notBefore):
            return "The certificate \"\(subject)\" is not valid before \(Self.format(notBefore))."
        case .wrongRole(let subject, let expected, let found):
            let actual = found.map { "the \($0) role" } ?? "no known role"
            return "The certificate \"\(subject)\" has \(actual), but the \(expected) role is required here."
        case .ambiguousRole(let subject, let roles):
            let names = roles.map(\.displayName).joined(separator: ", ")
            return "The certificate \"\(subject)\" names several roles (\(names)); it must name exactly one."
        case .notACertificateAuthority(let subject):
            return "The certificate \"\(subject)\" issues other certificates but is not marked as a CA"
                + " (basicConstraints cA)."
        case .keyUsageMissing(let subject, let usage):
            return "The key usage of \"\(subject)\" does not allow \(usage)."
        case .extendedKeyUsageMissing(let subject, let usage):
            return "The TLS certificate \"\(subject)\" lacks the \(usage) extended key usage."
        case .pathLengthExceeded(let subject, let limit):
            return "The CA \"\(subject)\" allows \(limit) CA certificate(s) below it, but the chain has more."
        case .missingIntermediate(let subject, let issuer, let expectedRole):
            return "The \(expectedRole) certificate \"\(issuer)\" that issued \"\(subject)\" was not given."
        case .untrustedRoot(let subject):
            return "The chain ends in \"\(subject)\", which is not one of the trusted roots."
        case .issuerNameMismatch(let subject, let issuer, let candidate):
            return "The certificate \"\(subject)\" names its issuer \"\(issuer)\", but the certificate with the"
                + " matching key identifier is \"\(candidate)\"."
        case .keyIdentifierMismatch(let subject, let authorityKeyID, let issuerKeyID):
            return "The authority key identifier of \"\(subject)\" (\(authorityKeyID ?? "none")) does not match"
                + " the subject key identifier of its issuer (\(issuerKeyID ?? "none"))."
        case .keyIdentifierMissing(let subject, let field):
            return "The certificate \"\(subject)\" has no \(field) extension, which SGP.22 requires."
        case .unsupportedCurve(let subject, let name):
            return "The key of \"\(subject)\" is on \(name), which this implementation does not support"
                + " (only NIST P-256)."
        case .malformedPublicKey(let subject):
            return "The public key of \"\(subject)\" is not a valid NIST P-256 point."
        case .unsupportedSignatureAlgorithm(let subject, let algorithm):
            return "The certificate \"\(subject)\" is signed with \(algorithm); only ecdsa-with-SHA256 is accepted."
        case .unhandledCriticalExtension(let subject, let oid):
            return "The certificate \"\(subject)\" has a critical extension \(oid) that is not understood."
        case .eidMissing(let subject):
            return "The eUICC certificate \"\(subject)\" carries no EID in its subject serialNumber."
        case .eidMalformed(let subject, let eid, let reason):
            return "The EID \"\(eid)\" of \"\(subject)\" is malformed: \(reason)."
        case .eidRangeMissing(let issuer):
            return "The EUM certificate \"\(issuer)\" grants no EID range"
                + " (no serialNumber name constraint or permittedEins)."
        case .eidOutOfRange(let eid, let permitted):
            return "The EID \(eid) is outside the range its EUM may certify (\(permitted.joined(separator: ", ")))."
        case .platformIdentifierMissing(let subject):
            return "The SPBL certificate \"\(subject)\" carries no Primary Platform identifier"
                + " in its subject serialNumber."
        case .platformIdentifierMalformed(let subject, let identifier, let reason):
            return "The Primary Platform identifier \"\(identifier)\" of \"\(subject)\" is malformed: \(reason)."
        case .platformRangeMissing(let issuer):
            return "The iSSP maker certificate \"\(issuer)\" grants no Primary Platform identifier range."
        case .platformIdentifierOutOfRange(let identifier, let permitted):
            let ranges = permitted.joined(separator: ", ")
            return "The Primary Platform identifier \(identifier) is outside the range its maker may certify"
                + " (\(ranges))."
        }
    }

    static func format(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
