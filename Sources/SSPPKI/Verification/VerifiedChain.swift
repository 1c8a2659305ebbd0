/// A chain the ``ChainVerifier`` accepted.
public struct VerifiedChain: Sendable, CustomStringConvertible {
    /// The certificates from the leaf to the trusted root.
    public let certificates: [PKICertificate]
    /// The leaf's role.
    public let role: CertificateRole
    /// The roles along the chain, leaf first.
    public let roles: [CertificateRole]
    /// The EID, when the leaf is an eUICC certificate.
    public let eid: String?
    /// The Primary Platform identifier, when the leaf is an SPBL certificate.
    public let platformIdentifier: String?

    /// The leaf certificate.
    public var leaf: PKICertificate { certificates[0] }
    /// The trusted root the chain ends in.
    public var root: PKICertificate { certificates[certificates.count - 1] }

    public var description: String {
        roles.map(\.displayName).joined(separator: " → ")
    }
}
