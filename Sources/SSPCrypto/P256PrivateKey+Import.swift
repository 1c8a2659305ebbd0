import Crypto
import Foundation

extension P256.Signing.PrivateKey {
    /// Imports a key from PEM text: an "EC PRIVATE KEY" (SEC 1) or "PRIVATE KEY" (PKCS #8) block, optionally
    /// preceded by an "EC PARAMETERS" block, as in the SGP.26 `SK_*.pem` files. Refuses any curve but P-256.
    public init(importingPEM text: String) throws {
        try self.init(checked: P256PrivateKeyImport.fromPEM(text))
    }

    /// Imports a key from DER: SEC 1 `ECPrivateKey` or PKCS #8 `PrivateKeyInfo`. Refuses any curve but P-256.
    public init(importingDER der: some Collection<UInt8>) throws {
        try self.init(checked: P256PrivateKeyImport.fromDER(Array(der)))
    }

    /// Imports a key from its 32-byte big-endian private scalar.
    public init(importingRaw scalar: some Collection<UInt8>) throws {
        guard scalar.count == 32 else {
            throw SSPCryptoError.invalidLength(what: "raw P-256 private key", expected: 32, actual: scalar.count)
        }
        try self.init(checked: .init(scalar: Array(scalar), claimedPublicPoint: nil))
    }

    /// Imports a key whatever its form: PEM text, 32 raw bytes, or DER.
    public init(importing bytes: some Collection<UInt8>) throws {
        let array = Array(bytes)
        if isPEMText(array) {
            try self.init(importingPEM: String(decoding: array, as: UTF8.self))
        } else if array.count == 32 {
            try self.init(importingRaw: array)
        } else {
            try self.init(importingDER: array)
        }
    }

    private init(checked parsed: P256PrivateKeyImport.Parsed) throws {
        do {
            try self.init(rawRepresentation: parsed.scalar)
        } catch {
            throw SSPCryptoError.invalidPrivateKey(reason: "scalar is not a valid P-256 private key (\(error))")
        }
        if let claimed = parsed.claimedPublicPoint, claimed != Array(publicKey.x963Representation) {
            throw SSPCryptoError.invalidPrivateKey(
                reason: "embedded public key does not match the private scalar on P-256 (another curve?)")
        }
    }

    /// The same scalar as a key-agreement key.
    public var keyAgreementKey: P256.KeyAgreement.PrivateKey {
        get throws {
            do {
                return try P256.KeyAgreement.PrivateKey(rawRepresentation: rawRepresentation)
            } catch {
                throw SSPCryptoError.invalidPrivateKey(reason: "\(error)")
            }
        }
    }
}

extension P256.KeyAgreement.PrivateKey {
    /// Imports a key-agreement key from PEM, DER or 32 raw bytes (see ``P256/Signing/PrivateKey/init(importing:)``).
    public init(importing bytes: some Collection<UInt8>) throws {
        let signingKey = try P256.Signing.PrivateKey(importing: bytes)
        try self.init(importingRaw: signingKey.rawRepresentation)
    }

    /// Imports a key-agreement key from its 32-byte big-endian private scalar.
    public init(importingRaw scalar: some Collection<UInt8>) throws {
        guard scalar.count == 32 else {
            throw SSPCryptoError.invalidLength(what: "raw P-256 private key", expected: 32, actual: scalar.count)
        }
        do {
            try self.init(rawRepresentation: Array(scalar))
        } catch {
            throw SSPCryptoError.invalidPrivateKey(reason: "scalar is not a valid P-256 private key (\(error))")
        }
    }
}

/// PEM files may start with comments or blank lines before the first BEGIN line.
private func isPEMText(_ bytes: [UInt8]) -> Bool {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
    return String(decoding: bytes, as: UTF8.self).contains("-----BEGIN ")
}
