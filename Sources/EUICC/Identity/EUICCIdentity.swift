import Crypto
import Foundation
import SGP22
import SSPCrypto
import SSPPKI

/// What the ECASD holds: the eUICC's certificate (CERT.EUICC.ECDSA) with its private key (SK.EUICC.ECDSA), the
/// EUM certificate (CERT.EUM.ECDSA) that issued it, and the EID the eUICC certificate names.
///
/// The identity may come from the project's own PKI or from files issued by any other CI; the card signs with
/// it and sends both certificates in AuthenticateServer and in every signed notification.
public struct EUICCIdentity: Sendable {
    /// The EID, read from the subject serialNumber of the eUICC certificate.
    public let eid: EID
    /// CERT.EUICC.ECDSA.
    public let certificate: PKICertificate
    /// SK.EUICC.ECDSA.
    public let privateKey: P256.Signing.PrivateKey
    /// CERT.EUM.ECDSA.
    public let eumCertificate: PKICertificate

    /// Assembles an identity and checks that its parts belong together: the key is the certificate's key,
    /// the certificates carry the eUICC and EUM roles, the EUM certificate issued the eUICC certificate (by
    /// name and key identifier), and the certificate names a valid EID.
    public init(
        certificate: PKICertificate, privateKey: P256.Signing.PrivateKey, eumCertificate: PKICertificate
    )
        throws
    {
        guard certificate.roles().contains(.euicc) else {
            throw EUICCError.invalidIdentity(reason: "\(certificate) does not carry the eUICC role (2.23.146.1.2.1.1)")
        }
        guard eumCertificate.roles().contains(.eum) else {
            throw EUICCError.invalidIdentity(reason: "\(eumCertificate) does not carry the EUM role (2.23.146.1.2.1.2)")
        }
        guard certificate.publicKeyBytes == Array(privateKey.publicKey.x963Representation) else {
            throw EUICCError.invalidIdentity(reason: "the private key is not the key of \(certificate)")
        }
        guard certificate.issuer == eumCertificate.subject else {
            throw EUICCError.invalidIdentity(
                reason: "\(certificate) is issued by \"\(certificate.issuer.readable)\", not by the EUM "
                    + "\"\(eumCertificate.subject.readable)\"")
        }
        if let authority = certificate.authorityKeyIdentifier, let eumKey = eumCertificate.subjectKeyIdentifier,
            authority != eumKey
        {
            throw EUICCError.invalidIdentity(
                reason: "the authority key identifier of \(certificate) is not the EUM's subject key identifier")
        }
        guard let serial = certificate.subjectSerialNumber else {
            throw EUICCError.invalidIdentity(reason: "\(certificate) has no subject serialNumber (the EID)")
        }
        do {
            self.eid = try EID(serial)
        } catch {
            throw EUICCError.invalidIdentity(reason: "subject serialNumber \"\(serial)\" is not an EID: \(error)")
        }
        self.certificate = certificate
        self.privateKey = privateKey
        self.eumCertificate = eumCertificate
    }

    /// The identity the project's PKI issued (for instance a `TestHierarchy`'s `euicc` and `eum`).
    public init(euicc: IssuedIdentity, eum: IssuedIdentity) throws {
        try self.init(certificate: euicc.parsed, privateKey: euicc.privateKey, eumCertificate: eum.parsed)
    }

    /// Reads an identity from files: the eUICC certificate and the EUM certificate as PEM or DER, the private
    /// key as PEM (SEC 1 or PKCS #8), DER or 32 raw bytes.
    public init(certificateFile: URL, privateKeyFile: URL, eumCertificateFile: URL) throws {
        let certificate = try Self.readCertificate(certificateFile)
        let eumCertificate = try Self.readCertificate(eumCertificateFile)
        let key: P256.Signing.PrivateKey
        do {
            key = try P256.Signing.PrivateKey(importing: Array(Data(contentsOf: privateKeyFile)))
        } catch {
            throw EUICCError.invalidIdentity(reason: "cannot read the private key \(privateKeyFile.path): \(error)")
        }
        try self.init(certificate: certificate, privateKey: key, eumCertificate: eumCertificate)
    }

    /// The CI key identifier this identity chains to (the EUM certificate's authority key identifier):
    /// the one entry of euiccCiPKIdListForSigning.
    public var signingCIKeyIdentifier: [UInt8]? { eumCertificate.authorityKeyIdentifier }

    /// Signs `message` with SK.EUICC.ECDSA and returns the raw r ‖ s that SGP.22 carries in '5F37'.
    func sign(_ message: [UInt8]) throws -> [UInt8] {
        try privateKey.rawSignature(for: message).rawBytes
    }

    static func readCertificate(_ file: URL) throws -> PKICertificate {
        do {
            let bytes = Array(try Data(contentsOf: file))
            guard let first = try PKICertificate.parseAll(bytes).first else {
                throw EUICCError.invalidIdentity(reason: "no certificate in \(file.path)")
            }
            return first
        } catch let error as EUICCError {
            throw error
        } catch {
            throw EUICCError.invalidIdentity(reason: "cannot read the certificate \(file.path): \(error)")
        }
    }
}
