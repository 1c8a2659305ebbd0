import Crypto
import SGP22
import SPB
import SSPCrypto

@testable import ISSP

/// Installs an image as if the SPBL had verified and decrypted it: the platform half of LoadBoundSpbInfo,
/// for tests of the state machine, ports and persistence that do not need a whole Si2/Si3 download.
@discardableResult
func installDirectly(
    _ image: (SpbMetadata, SpbImageContent), on platform: ISSPPlatform, initialState: SpbState = .enabled
) async throws -> InstalledBundle {
    let transaction = try TransactionId(bytes: (0..<16).map { _ in UInt8.random(in: 0...255) })
    let verified = VerifiedBundleImage(
        transactionId: transaction, metadata: image.0, content: image.1, spbmAddress: TestLab.spbmAddress)
    return try await platform.install(verified, initialState: initialState).0
}

/// Whether the SPBL signed `data` with the key of its certificate.
func isSignedBySPBL(_ signature: [UInt8], over data: [UInt8], lab: TestLab) -> Bool {
    guard let key = try? P256.Signing.PublicKey(x963Representation: lab.credentials.certificate.publicKeyBytes) else {
        return false
    }
    return key.isValidSignature(rawBytes: signature, for: data)
}
