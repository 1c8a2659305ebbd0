import SGP22
import SPB

/// A bound SPB image the SPBL has fully checked (transaction, signature, MACs) and decrypted: what the
/// platform installs.
struct VerifiedBundleImage: Sendable {
    /// The download's transaction.
    let transactionId: TransactionId
    /// The metadata from the image header.
    let metadata: SpbMetadata
    /// The decrypted image.
    let content: SpbImageContent
    /// The SPB Manager that bound the image.
    let spbmAddress: String
}
