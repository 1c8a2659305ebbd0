import Crypto
import Foundation
import SPB
import SSPPKI

/// What the SPB Loader proves itself with: CERT.SPBL.ECDSA (which names the Primary Platform identifier in
/// its subject serialNumber), its private key SK.SPBL.ECDSA, and the iSSP maker certificate that issued it.
/// The chain is SPBL → iSSP maker → SPB family CI.
public struct SPBLCredentials: Sendable {
    /// CERT.SPBL.ECDSA.
    public let certificate: PKICertificate
    /// SK.SPBL.ECDSA.
    public let privateKey: P256.Signing.PrivateKey
    /// CERT.ISSPMaker.ECDSA.
    public let makerCertificate: PKICertificate
    /// The Primary Platform identifier the certificate names.
    public let platformIdentifier: PrimaryPlatformIdentifier

    /// Assembles the credentials and checks that they belong together: the roles, the key, the issuer
    /// link, and a well-formed Primary Platform identifier in the certificate.
    public init(
        certificate: PKICertificate, privateKey: P256.Signing.PrivateKey, makerCertificate: PKICertificate
    ) throws {
        guard certificate.roles().contains(.spbl) else {
            throw ISSPError.invalidConfiguration(reason: "\(certificate) does not carry the SPBL role")
        }
        guard makerCertificate.roles().contains(.isspMaker) else {
            throw ISSPError.invalidConfiguration(reason: "\(makerCertificate) does not carry the iSSP maker role")
        }
        guard certificate.publicKeyBytes == Array(privateKey.publicKey.x963Representation) else {
            throw ISSPError.invalidConfiguration(reason: "the private key is not the key of \(certificate)")
        }
        guard certificate.issuer == makerCertificate.subject else {
            throw ISSPError.invalidConfiguration(
                reason: "\(certificate) is issued by \"\(certificate.issuer.readable)\", not by the iSSP maker "
                    + "\"\(makerCertificate.subject.readable)\"")
        }
        guard let serial = certificate.subjectSerialNumber else {
            throw ISSPError.invalidConfiguration(
                reason: "\(certificate) has no subject serialNumber (the Primary Platform identifier)")
        }
        do {
            self.platformIdentifier = try PrimaryPlatformIdentifier(serial)
        } catch {
            throw ISSPError.invalidConfiguration(reason: "\(error)")
        }
        self.certificate = certificate
        self.privateKey = privateKey
        self.makerCertificate = makerCertificate
    }

    /// The SPBL and iSSP maker identities of a generated hierarchy.
    public init(spbl: IssuedIdentity, maker: IssuedIdentity) throws {
        try self.init(certificate: spbl.parsed, privateKey: spbl.privateKey, makerCertificate: maker.parsed)
    }

    /// The SPBL of a hierarchy written by `ssp pki init` (`spbl/` and `issp-maker/` under `directory`).
    public init(hierarchyDirectory directory: URL) throws {
        let spbl = try HierarchyLayout.loadIdentity(.spbl, from: directory)
        let makerFile = directory.appendingPathComponent(HierarchyLayout.folder(for: .isspMaker) ?? "issp-maker")
            .appendingPathComponent(HierarchyLayout.certificatePEM)
        let maker = try PKICertificate(pemEncoded: String(contentsOf: makerFile, encoding: .utf8))
        try self.init(certificate: spbl.certificate, privateKey: spbl.privateKey, makerCertificate: maker)
    }

    /// Reads the credentials from three files: the SPBL and maker certificates (PEM or DER) and the SPBL's
    /// private key (PEM, DER or 32 raw bytes).
    public init(certificateFile: URL, privateKeyFile: URL, makerCertificateFile: URL) throws {
        let key: P256.Signing.PrivateKey
        do {
            key = try P256.Signing.PrivateKey(importing: Array(Data(contentsOf: privateKeyFile)))
        } catch {
            throw ISSPError.invalidConfiguration(reason: "cannot read the SPBL key \(privateKeyFile.path): \(error)")
        }
        try self.init(
            certificate: Self.readCertificate(certificateFile), privateKey: key,
            makerCertificate: Self.readCertificate(makerCertificateFile))
    }

    /// The identifier in the form Si3 carries.
    public var platformId: PrimaryPlatformId {
        get throws { try PrimaryPlatformId(platformIdentifier.value) }
    }

    /// Module SPB's signing half of the SPBL, made from these credentials.
    public func binding() throws -> SpblBinding {
        guard let spbl = certificate.certificate, let maker = makerCertificate.certificate else {
            throw ISSPError.invalidConfiguration(reason: "the SPBL certificates cannot be read by swift-certificates")
        }
        return try SpblBinding(
            platformId: try platformId, signingKey: privateKey, spblCertificate: spbl, isspMakerCertificate: maker)
    }

    static func readCertificate(_ file: URL) throws -> PKICertificate {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: file))
        } catch {
            throw ISSPError.invalidConfiguration(reason: "cannot read \(file.path): \(error)")
        }
        guard let first = try PKICertificate.parseAll(bytes).first else {
            throw ISSPError.invalidConfiguration(reason: "no certificate in \(file.path)")
        }
        return first
    }
}
