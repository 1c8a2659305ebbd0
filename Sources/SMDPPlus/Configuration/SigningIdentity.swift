import Crypto
import SSPPKI
import X509

/// A certificate with its private key: CERT.DPauth.ECDSA or CERT.DPpb.ECDSA and its SK.
public struct SigningIdentity: Sendable {
    /// The certificate as the PKI reads it.
    public let certificate: PKICertificate
    /// The certificate as swift-certificates holds it (what the ASN.1 types carry).
    public let x509: Certificate
    /// The private key.
    public let privateKey: P256.Signing.PrivateKey

    /// Pairs a certificate with its key; throws if the key is not the certificate's.
    public init(certificate: PKICertificate, privateKey: P256.Signing.PrivateKey) throws {
        guard certificate.publicKeyBytes == Array(privateKey.publicKey.x963Representation) else {
            throw SMDPConfigurationError.inconsistentCredentials(
                "the private key does not belong to \(certificate)")
        }
        guard let x509 = certificate.certificate else {
            throw SMDPConfigurationError.inconsistentCredentials("\(certificate) has no NIST P-256 key")
        }
        self.certificate = certificate
        self.x509 = x509
        self.privateKey = privateKey
    }

    /// Pairs an issued lab identity.
    public init(_ issued: IssuedIdentity) throws {
        try self.init(certificate: issued.parsed, privateKey: issued.privateKey)
    }
}
