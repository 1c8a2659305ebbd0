/// A bound SPB image the SPBL has verified and decrypted: what it installs.
public struct OpenedSpbImage: Hashable, Sendable {
    /// The metadata from the signed header.
    public var spbMetadata: SpbMetadata
    /// The decrypted content; its class matches the metadata's.
    public var content: SpbImageContent

    public init(spbMetadata: SpbMetadata, content: SpbImageContent) {
        self.spbMetadata = spbMetadata
        self.content = content
    }
}
