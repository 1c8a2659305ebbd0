import Foundation
import NIOSSL
import SSPPKI

/// Which certificate authorities the LPA accepts for an SM-DP+'s TLS certificate.
///
/// By default the system's roots, as a phone would. A lab adds its own root (the project's PKI CI, which
/// issues the SM-DP+ TLS certificate, or the SGP.26 test CI); a closed test setup may trust its roots only.
/// The host name is always checked against the certificate.
public struct ServerTrust: Hashable, Sendable {
    /// Whether the operating system's root certificates are trusted.
    public var trustsSystemRoots: Bool
    /// Further roots, trusted in addition to (or, without system roots, instead of) the system's.
    public var additionalRoots: [PKICertificate]

    /// Trust the given roots, with or without the system's.
    public init(trustsSystemRoots: Bool = true, additionalRoots: [PKICertificate] = []) {
        self.trustsSystemRoots = trustsSystemRoots
        self.additionalRoots = additionalRoots
    }

    /// The system's roots alone.
    public static let systemRoots = ServerTrust()

    /// Only `roots`, not the system's.
    public static func only(_ roots: [PKICertificate]) -> ServerTrust {
        ServerTrust(trustsSystemRoots: false, additionalRoots: roots)
    }

    /// The same trust with `root` added.
    public func adding(_ root: PKICertificate) -> ServerTrust {
        var copy = self
        if !copy.additionalRoots.contains(root) { copy.additionalRoots.append(root) }
        return copy
    }

    /// The client TLS configuration: full verification (chain and host name) against these roots.
    public func tlsConfiguration() throws(ES9PlusError) -> TLSConfiguration {
        guard trustsSystemRoots || !additionalRoots.isEmpty else {
            throw .invalidTrustSettings(reason: "no root is trusted: neither the system roots nor any added root")
        }
        let certificates: [NIOSSLCertificate]
        do {
            certificates = try additionalRoots.map { try NIOSSLCertificate(bytes: $0.derBytes, format: .der) }
        } catch {
            throw .invalidTrustSettings(reason: "a root certificate cannot be loaded: \(error)")
        }
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .fullVerification
        if trustsSystemRoots {
            configuration.trustRoots = .default
            if !certificates.isEmpty { configuration.additionalTrustRoots = [.certificates(certificates)] }
        } else {
            configuration.trustRoots = .certificates(certificates)
        }
        return configuration
    }
}
