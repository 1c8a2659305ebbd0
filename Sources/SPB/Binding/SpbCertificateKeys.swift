import Crypto
import SwiftASN1
import X509

/// Reading keys and identifiers out of the Si2/Si3 certificates.
///
/// Full chain verification (signatures up to the family CI, validity, roles) is SSPPKI's `ChainVerifier`,
/// which the SPBL and the SPB Manager run before handing certificates to the binding; here are only the
/// checks the protocol itself needs.
enum SpbCertificateKeys {
    /// The certificate's P-256 signing key.
    static func signingKey(
        of certificate: Certificate, _ what: String
    ) throws(SpbBindingError) -> P256.Signing.PublicKey {
        guard let key = P256.Signing.PublicKey(certificate.publicKey) else {
            throw .unsupportedKey(what: what, reason: "the certificate key is not NIST P-256")
        }
        return key
    }

    /// The certificate's P-256 key as a key-agreement key.
    static func keyAgreementKey(
        of certificate: Certificate, _ what: String
    ) throws(SpbBindingError) -> P256.KeyAgreement.PublicKey {
        let signing = try signingKey(of: certificate, what)
        do {
            return try P256.KeyAgreement.PublicKey(x963Representation: signing.x963Representation)
        } catch {
            throw .unsupportedKey(what: what, reason: "\(error)")
        }
    }

    /// The keyIdentifier of the certificate's authorityKeyIdentifier extension.
    static func authorityKeyIdentifier(of certificate: Certificate, _ what: String) throws(SpbBindingError) -> [UInt8] {
        do {
            guard let identifier = try certificate.extensions.authorityKeyIdentifier?.keyIdentifier else {
                throw SpbBindingError.malformed(what: what, reason: "the certificate has no authorityKeyIdentifier")
            }
            return Array(identifier)
        } catch let error as SpbBindingError {
            throw error
        } catch {
            throw .malformed(what: what, reason: "authorityKeyIdentifier cannot be read: \(error)")
        }
    }

    /// The keyIdentifier of the certificate's subjectKeyIdentifier extension.
    static func subjectKeyIdentifier(of certificate: Certificate, _ what: String) throws(SpbBindingError) -> [UInt8] {
        do {
            guard let identifier = try certificate.extensions.subjectKeyIdentifier?.keyIdentifier else {
                throw SpbBindingError.malformed(what: what, reason: "the certificate has no subjectKeyIdentifier")
            }
            return Array(identifier)
        } catch let error as SpbBindingError {
            throw error
        } catch {
            throw .malformed(what: what, reason: "subjectKeyIdentifier cannot be read: \(error)")
        }
    }

    /// Checks that `certificate` names `issuerKeyIdentifier` as its authority key.
    static func checkIssued(
        _ certificate: Certificate, _ what: String, by issuerKeyIdentifier: [UInt8]
    ) throws(SpbBindingError) {
        guard try authorityKeyIdentifier(of: certificate, what) == issuerKeyIdentifier else {
            throw .certificateNotIssuedBy(certificate: what, expectedKeyIdentifier: issuerKeyIdentifier)
        }
    }

    /// The subject's serialNumber attribute (2.5.4.5): where the SPBL certificate carries the platform ID.
    static func subjectSerialNumber(of certificate: Certificate) -> String? {
        let serialNumber: ASN1ObjectIdentifier = [2, 5, 4, 5]
        for rdn in certificate.subject {
            for attribute in rdn where attribute.type == serialNumber {
                return String(attribute.value)
            }
        }
        return nil
    }

    /// SHA-256 of the certificate's DER: how spbmSigned1 names the key-agreement certificate.
    static func hash(of certificate: Certificate) throws(SpbBindingError) -> [UInt8] {
        let der = try SpbBindingError.mapping("certificate encoding") { try certificate.derBytes() }
        return Array(SHA256.hash(data: der))
    }
}
