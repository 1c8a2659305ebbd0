import Crypto
import SSPCrypto
import X509

/// ECDSA P-256 signatures as Si2/Si3 carry them: raw r‖s (64 bytes) in `5F37`, over SHA-256 of the bytes
/// each structure's `signedBytes` gives.
enum SpbSignatures {
    /// Signs `bytes` with `key`; `what` names the signature in errors.
    static func sign(
        _ bytes: [UInt8], with key: P256.Signing.PrivateKey, _ what: String
    ) throws(SpbBindingError) -> [UInt8] {
        try SpbBindingError.mapping(what) { try key.rawSignature(for: bytes).rawBytes }
    }

    /// Checks that `signature` over `bytes` verifies with `key`.
    static func verify(
        _ signature: [UInt8], over bytes: [UInt8], with key: P256.Signing.PublicKey, _ what: String
    ) throws(SpbBindingError) {
        guard key.isValidSignature(rawBytes: signature, for: bytes) else {
            throw .badSignature(what: what)
        }
    }

    /// Checks that `signature` over `bytes` verifies with the key of `certificate`.
    static func verify(
        _ signature: [UInt8], over bytes: [UInt8], certificate: Certificate, _ what: String
    ) throws(SpbBindingError) {
        try verify(signature, over: bytes, with: SpbCertificateKeys.signingKey(of: certificate, what), what)
    }
}
