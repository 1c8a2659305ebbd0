import Crypto
import SGP22
import SSPCrypto
import SwiftASN1

/// ES8+ on the SM-DP+ side: binds a profile package to one eUICC (SGP.22 sections 2.5.4 to 2.5.6, 5.5).
///
/// The package is, in order: InitialiseSecureChannel (`BF23`: remoteOpId 1, the transactionId, the control
/// reference template with keyType `88`, keyLen `10` and the hostId, the SM-DP+'s one-time key, and smdpSign
/// over those TLVs followed by the eUICC's one-time key as `5F49`); ConfigureISDP in `87` and StoreMetadata in
/// `88` under the session keys from ECKA and the X9.63 KDF; ReplaceSessionKeys in `87` with fresh random
/// PPK-ENC, PPK-MAC and initial MAC chaining value; then the profile package in `86` segments of at most 1020
/// bytes under the PPKs.
struct BoundProfilePackageBuilder {
    /// SK.DPpb.ECDSA, which signs InitialiseSecureChannel.
    let signingKey: P256.Signing.PrivateKey
    /// The SM-DP+ OID, stored in the ISD-P by ConfigureISDP.
    let smdpOid: ASN1ObjectIdentifier
    /// The hostId of the control reference template.
    let hostId: [UInt8]

    /// A fresh binding: a new one-time key pair, new session keys and new Profile Protection Keys.
    func bind(
        transactionId: TransactionId, euiccOtpk: [UInt8], eid: EID, metadata: StoreMetadataRequest,
        profilePackage: [UInt8]
    ) throws -> (package: BoundProfilePackage, oneTimeKey: P256.KeyAgreement.PrivateKey) {
        let oneTimeKey = P256.KeyAgreement.PrivateKey()
        let initialise = try initialiseSecureChannel(
            transactionId: transactionId, oneTimeKey: oneTimeKey, euiccOtpk: euiccOtpk)
        let secret = try ECKA.sharedSecret(privateKey: oneTimeKey, peerPublicKey: euiccOtpk)
        var session = BSPSession(keys: try BSPSessionKeys.derive(sharedSecret: secret, hostID: hostId, eid: eid.bcd))

        let configure = ConfigureISDPRequest(dpProprietaryData: DpProprietaryData(dpOid: smdpOid))
        let first87 = try session.protect(try configure.derBytes(), tag: .encryptedCommand)
        let the88s = try session.protect(try metadata.derBytes(), tag: .metadata)
        let protectionKeys = ReplaceSessionKeysRequest(
            initialMacChainingValue: RandomBytes.make(16), ppkEnc: RandomBytes.make(16), ppkCmac: RandomBytes.make(16))
        let second87 = try session.protect(try protectionKeys.derBytes(), tag: .encryptedCommand)
        session.replaceSessionKeys(
            with: try BSPSessionKeys(
                encryptionKey: protectionKeys.ppkEnc, macKey: protectionKeys.ppkCmac,
                initialMacChainingValue: protectionKeys.initialMacChainingValue))
        let the86s = try session.protect(profilePackage, tag: .profileElements)

        let package = BoundProfilePackage(
            initialiseSecureChannelRequest: initialise, firstSequenceOf87: try first87.map(Self.content),
            sequenceOf88: try the88s.map(Self.content), secondSequenceOf87: try second87.map(Self.content),
            sequenceOf86: try the86s.map(Self.content))
        return (package, oneTimeKey)
    }

    /// The package of an earlier binding for a retry in a new session: the same one-time key and protected
    /// segments (the session keys do not depend on the transactionId), with InitialiseSecureChannel made and
    /// signed again for `transactionId`.
    func rebind(
        _ previous: BoundProfilePackage, transactionId: TransactionId, oneTimeKey: P256.KeyAgreement.PrivateKey,
        euiccOtpk: [UInt8]
    ) throws -> BoundProfilePackage {
        var package = previous
        package.initialiseSecureChannelRequest = try initialiseSecureChannel(
            transactionId: transactionId, oneTimeKey: oneTimeKey, euiccOtpk: euiccOtpk)
        return package
    }

    /// InitialiseSecureChannel with smdpSign over its TLVs (without `BF23`) followed by `5F49` euiccOtpk.
    func initialiseSecureChannel(
        transactionId: TransactionId, oneTimeKey: P256.KeyAgreement.PrivateKey, euiccOtpk: [UInt8]
    ) throws -> InitialiseSecureChannelRequest {
        var request = InitialiseSecureChannelRequest(
            transactionId: transactionId,
            controlRefTemplate: ControlRefTemplate(
                keyType: BSPSessionKeys.aesKeyType, keyLen: BSPSessionKeys.aes128KeyLength, hostId: hostId),
            smdpOtpk: oneTimeKey.publicKey.uncompressedPoint, smdpSign: [])
        request.smdpSign = try signingKey.rawSignature(for: try request.signedBytes(euiccOtpk: euiccOtpk)).rawBytes
        return request
    }

    /// The value of a protected segment TLV: what `BoundProfilePackage` keeps per element.
    static func content(_ segment: [UInt8]) throws -> [UInt8] {
        Array(try BSPSegment(encoded: segment).value)
    }
}
