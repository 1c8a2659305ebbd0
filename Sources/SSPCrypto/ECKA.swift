import Crypto

/// Elliptic Curve Key Agreement (BSI TR-03111 ECKA-DH, as SGP.22 section 2.6.4 uses it): ECDH on P-256
/// between one side's one-time private key and the other side's one-time public key. The shared secret
/// ShS is the X coordinate of the product point (32 bytes).
public enum ECKA {
    /// The shared secret between `privateKey` and the peer's one-time key given as an uncompressed point
    /// ('04' ‖ X ‖ Y, as in euiccOtpk / smdpOtpk). Feed it to ``BSPSessionKeys/derive(sharedSecret:hostID:eid:)``.
    public static func sharedSecret(
        privateKey: P256.KeyAgreement.PrivateKey,
        peerPublicKey point: some Collection<UInt8>
    ) throws -> SharedSecret {
        let peer = try P256.KeyAgreement.PublicKey(uncompressedPoint: point)
        return try sharedSecret(privateKey: privateKey, peerPublicKey: peer)
    }

    /// The shared secret between `privateKey` and `peerPublicKey`.
    public static func sharedSecret(
        privateKey: P256.KeyAgreement.PrivateKey,
        peerPublicKey: P256.KeyAgreement.PublicKey
    ) throws -> SharedSecret {
        do {
            return try privateKey.sharedSecretFromKeyAgreement(with: peerPublicKey)
        } catch {
            throw SSPCryptoError.cryptoFailure(operation: "ECKA (ECDH P-256)", underlying: "\(error)")
        }
    }

    /// The shared secret's 32 bytes, for protocols or test vectors that handle ShS as plain bytes.
    public static func bytes(of secret: SharedSecret) -> [UInt8] {
        secret.withUnsafeBytes { Array($0) }
    }
}
