import Crypto
import SGP22
import SSPCrypto

extension SpbmBinding {
    /// Si2.GetBoundSpb: binds `content` to the authenticated SSP's session.
    ///
    /// Makes a fresh ephemeral key otSK.SPBM.ECKA, signs the header (transaction, metadata, CRT, otPK.SPBM.ECKA)
    /// followed by the SPBL's otPK.SPBL.ECKA, derives the image keys from ECKA(otSK.SPBM.ECKA, otPK.SPBL.ECKA)
    /// with the CRT's host ID and the platform ID, and encrypts the DER of `content` into `86` segments.
    ///
    /// - Parameters:
    ///   - content: The bundle's content; its class must be the metadata's.
    ///   - metadata: The metadata the bundle is installed with.
    ///   - ssp: The SSP that `authenticateSsp(_:session:)` returned for this session.
    ///   - hostId: The CRT host ID (1 to 16 bytes); a random one by default.
    ///   - ephemeralKey: otSK.SPBM.ECKA; a fresh one by default (tests pass their own).
    public func bindImage(
        _ content: SpbImageContent,
        metadata: SpbMetadata,
        for ssp: AuthenticatedSsp,
        hostId: [UInt8] = SpbChallenge.generate(),
        ephemeralKey: P256.KeyAgreement.PrivateKey = P256.KeyAgreement.PrivateKey()
    ) throws(SpbBindingError) -> BoundSpbImage {
        guard content.telecomBundleClass == metadata.telecomBundleClass else {
            throw .bundleClassMismatch(metadata: metadata.telecomBundleClass, content: content.telecomBundleClass)
        }
        guard (1...16).contains(hostId.count) else {
            throw .malformed(what: "hostId", reason: "\(hostId.count) bytes, allowed 1...16")
        }
        let template = ControlRefTemplate(hostId: hostId)
        let header = BoundSpbImageHeader(
            transactionId: ssp.transactionId, spbMetadata: metadata, controlRefTemplate: template,
            spbmOtpk: Array(ephemeralKey.publicKey.x963Representation))
        let signedBytes = try SpbBindingError.mapping("boundSpbImageHeader") {
            try header.signedBytes(spblOtpk: ssp.spblOtpk)
        }
        let signature = try SpbSignatures.sign(signedBytes, with: signingKey, "spbmSignature2")

        let secret = try SpbKeyDerivation.sharedSecret(ephemeralKey, point: ssp.spblOtpk, "image key agreement")
        let keys = try SpbKeyDerivation.imageKeys(
            sharedSecret: secret, controlRefTemplate: template, platformId: ssp.platformId)
        let plaintext = try SpbBindingError.mapping("image content") { try content.derBytes() }
        let segments = try SpbProtection.seal(plaintext, keys: keys, tag: .profileElements, "bound SPB image")
        return BoundSpbImage(boundSpbImageHeader: header, spbmSignature2: signature, encryptedImage: segments)
    }
}
