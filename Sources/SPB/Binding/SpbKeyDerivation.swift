import Crypto
import SGP22
import SSPCrypto

/// The two session-key derivations of Si2/Si3, both SGP.22's: ECKA (ECDH on P-256, the shared secret is the
/// X coordinate), then the X9.63 KDF with SHA-256 over the shared info
/// `keyType '88' ‖ keyLength '10' ‖ L ‖ hostId ‖ L ‖ identity`, giving initial MAC chaining value ‖ S-ENC ‖
/// S-MAC (16 bytes each) for BSP (SCP03t).
///
/// | keys | ECKA between | hostId | identity |
/// |---|---|---|---|
/// | token | otSK.SPBL.ECKA × PK.SPBM.ECKA (certificate) | transactionId | spbmChallenge (16 bytes) |
/// | image | otSK.SPBL.ECKA × otPK.SPBM.ECKA (header) | the CRT's hostId | platform ID (39 ASCII bytes) |
///
/// The token keys come from the SPB Manager's static key, so only the holder of its key-agreement certificate
/// reads the SPBL's identity; the image keys come from two ephemeral keys, so an image stays secret even if a
/// static key leaks later. The SPBL uses the same ephemeral key for both.
public enum SpbKeyDerivation {
    /// The keys protecting the SPBL token.
    public static func tokenKeys(
        sharedSecret: SharedSecret, transactionId: TransactionId, spbmChallenge: [UInt8]
    ) throws(SpbBindingError) -> BSPSessionKeys {
        try SpbBindingError.mapping("token key derivation") {
            try BSPSessionKeys.derive(sharedSecret: sharedSecret, hostID: transactionId.bytes, eid: spbmChallenge)
        }
    }

    /// The shared info of the token keys.
    public static func tokenSharedInfo(transactionId: TransactionId, spbmChallenge: [UInt8]) -> [UInt8] {
        BSPSessionKeys.sharedInfo(hostID: transactionId.bytes, eid: spbmChallenge)
    }

    /// The keys protecting the image content.
    public static func imageKeys(
        sharedSecret: SharedSecret, controlRefTemplate: ControlRefTemplate, platformId: PrimaryPlatformId
    ) throws(SpbBindingError) -> BSPSessionKeys {
        try checkSupported(controlRefTemplate)
        return try SpbBindingError.mapping("image key derivation") {
            try BSPSessionKeys.derive(
                sharedSecret: sharedSecret, hostID: controlRefTemplate.hostId, eid: platformId.bytes)
        }
    }

    /// The shared info of the image keys.
    public static func imageSharedInfo(controlRefTemplate: ControlRefTemplate, platformId: PrimaryPlatformId) -> [UInt8]
    {
        BSPSessionKeys.sharedInfo(
            keyType: controlRefTemplate.keyType, keyLength: controlRefTemplate.keyLen,
            hostID: controlRefTemplate.hostId, eid: platformId.bytes)
    }

    /// ECKA between one side's private key and the other side's public key.
    static func sharedSecret(
        _ privateKey: P256.KeyAgreement.PrivateKey, _ publicKey: P256.KeyAgreement.PublicKey, _ what: String
    ) throws(SpbBindingError) -> SharedSecret {
        try SpbBindingError.mapping(what) { try ECKA.sharedSecret(privateKey: privateKey, peerPublicKey: publicKey) }
    }

    /// ECKA with a peer key given as an uncompressed point.
    static func sharedSecret(
        _ privateKey: P256.KeyAgreement.PrivateKey, point: [UInt8], _ what: String
    ) throws(SpbBindingError) -> SharedSecret {
        try SpbBindingError.mapping(what) { try ECKA.sharedSecret(privateKey: privateKey, peerPublicKey: point) }
    }

    /// Only AES-128 is defined: key type `88`, length `10`.
    static func checkSupported(_ template: ControlRefTemplate) throws(SpbBindingError) {
        guard template.keyType == BSPSessionKeys.aesKeyType, template.keyLen == BSPSessionKeys.aes128KeyLength else {
            throw .unsupportedControlReferenceTemplate(keyType: template.keyType, keyLength: template.keyLen)
        }
    }
}
