import Crypto
import SwiftASN1
import X509

/// A certificate issued by the ``PKIBuilder`` together with its private key.
public struct IssuedIdentity: Sendable {
    /// The role the certificate was issued for.
    public let role: CertificateRole
    /// The certificate, as swift-certificates holds it.
    public let certificate: Certificate
    /// The certificate, as the PKI reads it.
    public let parsed: PKICertificate
    /// The private key (NIST P-256).
    public let privateKey: P256.Signing.PrivateKey

    /// Bundles an issued certificate with its key.
    public init(role: CertificateRole, certificate: Certificate, privateKey: P256.Signing.PrivateKey) throws {
        self.role = role
        self.certificate = certificate
        self.parsed = try PKICertificate(certificate)
        self.privateKey = privateKey
    }

    /// The certificate in DER.
    public var certificateDER: [UInt8] { parsed.derBytes }
    /// The certificate as PEM text.
    public var certificatePEM: String { parsed.pemString }
    /// The private key as PKCS#8 DER.
    public var privateKeyDER: [UInt8] { Array(privateKey.derRepresentation) }
    /// The private key as PKCS#8 PEM text (`-----BEGIN PRIVATE KEY-----`).
    public var privateKeyPEM: String { privateKey.pemRepresentation }
}
