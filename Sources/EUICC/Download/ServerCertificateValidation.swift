import Foundation
import SGP22
import SSPPKI
import SwiftASN1
import X509

/// How the card checks an RSP server certificate (CERT.DPauth, CERT.DSauth, CERT.DPpb): with the project's one
/// chain verifier, against exactly one trusted CI, at the card's time. Failures are sorted into the few
/// categories SGP.22's error codes distinguish.
enum ServerCertificateValidation {
    /// Why a server certificate was refused, in SGP.22's terms.
    enum Failure: Error, Equatable {
        /// Not a valid certificate chaining to the CI (expired, bad signature, wrong issuer, …).
        case invalidCertificate(String)
        /// The key is on a curve the card does not support.
        case unsupportedCurve(String)
        /// The certificate does not carry the role its use needs.
        case invalidOid(String)
    }

    /// The swift-certificates view as the card's PKI reads it.
    static func pkiCertificate(_ certificate: Certificate) throws(Failure) -> PKICertificate {
        do {
            return try PKICertificate(certificate)
        } catch {
            throw .invalidCertificate("unreadable certificate: \(error)")
        }
    }

    /// Verifies that `certificate` has one of `roles` and chains to `issuer` at `time`; returns its role.
    static func verify(
        _ certificate: PKICertificate, roles: [CertificateRole], issuer: TrustedCertificateIssuer, at time: Date
    ) throws(Failure) -> CertificateRole {
        let found = certificate.roles()
        guard let role = roles.first(where: found.contains), found.count == 1 else {
            throw .invalidOid(
                "\(certificate) has roles \(found.map(\.description)), expected one of \(roles.map(\.description))")
        }
        do {
            _ = try ChainVerifier().verify(
                leaf: certificate, roots: [issuer.certificate], at: time, expecting: role)
        } catch {
            switch error {
            case .unsupportedCurve: throw .unsupportedCurve(error.description)
            case .wrongRole, .ambiguousRole: throw .invalidOid(error.description)
            default: throw .invalidCertificate(error.description)
            }
        }
        return role
    }

    /// The SM-DP+ (or SM-DS) OID: the registeredID in the certificate's subjectAltName.
    static func entityOID(of certificate: PKICertificate) -> ASN1ObjectIdentifier? {
        certificate.registeredIDs.first
    }
}
