import Crypto
import SGP22
import SSPCrypto

extension SpblBinding {
    /// Si3.LoadBoundSpbInfo: verifies and decrypts a bound SPB image made for `session`.
    ///
    /// Checks, in order: the image's transaction is the session's; the CRT asks for AES-128; spbmSignature2
    /// verifies with the session's SPB Manager key over the header and this session's otPK.SPBL.ECKA (so an
    /// image made for another session or another SPBL does not verify); every `86` segment's MAC; the content's
    /// class is the metadata's.
    public func openBoundSpbImage(
        _ image: BoundSpbImage, session: SpblSession
    ) throws(SpbBindingError) -> OpenedSpbImage {
        let header = image.boundSpbImageHeader
        guard header.transactionId == session.transactionId else {
            throw .wrongTransaction(expected: session.transactionId, received: header.transactionId)
        }
        try SpbKeyDerivation.checkSupported(header.controlRefTemplate)
        let signedBytes = try SpbBindingError.mapping("boundSpbImageHeader") {
            try header.signedBytes(spblOtpk: session.ephemeralPublicPoint)
        }
        try SpbSignatures.verify(
            image.spbmSignature2, over: signedBytes, with: session.spbmSigningKey, "spbmSignature2")

        let secret = try SpbKeyDerivation.sharedSecret(
            session.ephemeralKey, point: header.spbmOtpk, "image key agreement")
        let keys = try SpbKeyDerivation.imageKeys(
            sharedSecret: secret, controlRefTemplate: header.controlRefTemplate, platformId: platformId)
        let plaintext = try SpbProtection.open(
            image.encryptedImage, keys: keys, tag: .profileElements, "bound SPB image")
        let content = try SpbBindingError.mapping("image content") { try SpbImageContent(derBytes: plaintext) }
        let metadata = header.spbMetadata
        guard content.telecomBundleClass == metadata.telecomBundleClass else {
            throw .bundleClassMismatch(metadata: metadata.telecomBundleClass, content: content.telecomBundleClass)
        }
        return OpenedSpbImage(spbMetadata: metadata, content: content)
    }
}
