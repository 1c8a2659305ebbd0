import Crypto
import Foundation
import SSPCrypto
import SSPPKI

/// Reading certificates and keys from the files a configuration names.
public enum CredentialFiles {
    /// Every certificate in a file: PEM (one or more blocks) or a single DER certificate.
    public static func certificates(at path: String) throws -> [PKICertificate] {
        let bytes = try read(path)
        do {
            if bytes.starts(with: Array("-----BEGIN".utf8))
                || String(decoding: bytes, as: UTF8.self)
                    .contains("-----BEGIN CERTIFICATE-----")
            {
                let certificates = try PKICertificate.parseAll(bytes)
                guard !certificates.isEmpty else {
                    throw SMDPConfigurationError.unreadableCredential(path: path, reason: "no certificate in the file")
                }
                return certificates
            }
            return [try PKICertificate(derEncoded: bytes)]
        } catch let error as SMDPConfigurationError {
            throw error
        } catch {
            throw SMDPConfigurationError.unreadableCredential(path: path, reason: "\(error)")
        }
    }

    /// The one certificate in a file.
    public static func certificate(at path: String) throws -> PKICertificate {
        let all = try certificates(at: path)
        guard all.count == 1, let certificate = all.first else {
            throw SMDPConfigurationError.unreadableCredential(
                path: path, reason: "expected one certificate, found \(all.count)")
        }
        return certificate
    }

    /// A NIST P-256 private key: PEM (SEC 1 with or without EC PARAMETERS, or PKCS#8), DER, or 32 raw bytes.
    public static func privateKey(at path: String) throws -> P256.Signing.PrivateKey {
        let bytes = try read(path)
        do {
            return try P256.Signing.PrivateKey(importing: bytes)
        } catch {
            throw SMDPConfigurationError.unreadableCredential(path: path, reason: "\(error)")
        }
    }

    /// A signing identity from a certificate file and a key file.
    public static func signingIdentity(certificate: String, privateKey: String) throws -> SigningIdentity {
        try SigningIdentity(
            certificate: try self.certificate(at: certificate), privateKey: try self.privateKey(at: privateKey))
    }

    static func read(_ path: String) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw SMDPConfigurationError.unreadableCredential(path: path, reason: error.localizedDescription)
        }
    }
}
