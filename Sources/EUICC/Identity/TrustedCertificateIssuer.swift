import Foundation
import SSPPKI

/// A Certificate Issuer whose public key the eUICC uses to verify RSP server certificates.
///
/// SGP.22 names a CI public key by its subject key identifier (the CI PKId). The card lists the PKIds it can
/// verify with in euiccCiPKIdListForVerification, and AuthenticateServer's euiccCiPKIdToBeUsed picks one.
public struct TrustedCertificateIssuer: Hashable, Sendable {
    /// The CI certificate (self-signed root).
    public let certificate: PKICertificate

    /// Trusts `certificate`, which must be a CI certificate with a NIST P-256 key and a subject key identifier.
    public init(certificate: PKICertificate) throws {
        guard certificate.roles().contains(.ci) else {
            throw EUICCError.invalidCertificateIssuer(
                reason: "\(certificate) does not carry the CI role (2.23.146.1.2.1.0)")
        }
        guard certificate.keyCurve == .p256 else {
            // Listing a CI in euiccCiPKIdListForVerification promises to verify with it; the card computes on
            // NIST P-256 only (brainpoolP256r1 and FRP256V1 are optional in SGP.22).
            throw EUICCError.invalidCertificateIssuer(
                reason: "\(certificate) has a \(certificate.keyCurve) key; the card verifies with NIST P-256 only")
        }
        guard certificate.subjectKeyIdentifier != nil else {
            throw EUICCError.invalidCertificateIssuer(reason: "\(certificate) has no subject key identifier")
        }
        self.certificate = certificate
    }

    /// Reads a CI certificate from a PEM or DER file, e.g. the SGP.26 test CI
    /// `sgp26/CertificateIssuer/CERT_CI_ECDSA_NIST.der`.
    public init(contentsOf file: URL) throws {
        let certificate: PKICertificate
        do {
            guard let first = try PKICertificate.parseAll(Array(Data(contentsOf: file))).first else {
                throw EUICCError.invalidCertificateIssuer(reason: "no certificate in \(file.path)")
            }
            certificate = first
        } catch let error as EUICCError {
            throw error
        } catch {
            throw EUICCError.invalidCertificateIssuer(reason: "cannot read \(file.path): \(error)")
        }
        try self.init(certificate: certificate)
    }

    /// The CI PKId: the certificate's subject key identifier.
    public var keyIdentifier: [UInt8] { certificate.subjectKeyIdentifier ?? [] }
}
