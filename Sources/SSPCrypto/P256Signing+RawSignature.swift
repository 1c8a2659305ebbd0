import Crypto
import Foundation

extension P256.Signing.PrivateKey {
    /// Signs `message` (ECDSA over SHA-256) and returns the signature in SGP.22's raw r ‖ s form, as carried
    /// in '5F37' (serverSignature1, euiccSignature1, smdpSignature2, euiccSignature2, smdpSign, euiccSignPIR).
    public func rawSignature(for message: some DataProtocol) throws -> RawECDSASignature {
        let signature: P256.Signing.ECDSASignature
        do {
            signature = try self.signature(for: message)
        } catch {
            throw SSPCryptoError.cryptoFailure(operation: "ECDSA P-256 signing", underlying: "\(error)")
        }
        return try RawECDSASignature(signature)
    }
}

extension P256.Signing.PublicKey {
    /// Whether `signature` is a valid ECDSA P-256 / SHA-256 signature of `message` under this key.
    public func isValidSignature(_ signature: RawECDSASignature, for message: some DataProtocol) -> Bool {
        guard let ecdsa = try? signature.ecdsaSignature else { return false }
        return isValidSignature(ecdsa, for: message)
    }

    /// Whether the 64 raw bytes r ‖ s (the value of a '5F37' TLV) are a valid signature of `message`.
    /// Malformed signature bytes are simply not valid.
    public func isValidSignature(rawBytes: some Collection<UInt8>, for message: some DataProtocol) -> Bool {
        guard let signature = try? RawECDSASignature(rawBytes: rawBytes) else { return false }
        return isValidSignature(signature, for: message)
    }
}
