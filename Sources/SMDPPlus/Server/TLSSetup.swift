import Foundation
import NIOSSL

/// The TLS configurations of the SM-DP+: the DP-TLS server side, and the client side of operator callbacks.
enum TLSSetup {
    /// The server configuration from the DP-TLS certificate (with its chain) and key. SGP.22 section 2.6.6 asks
    /// for TLS 1.2 or later with ECDHE-ECDSA suites; a P-256 certificate and BoringSSL's defaults give exactly
    /// those (AES-128-GCM first), and TLS 1.3 where the client offers it.
    static func server(_ paths: SMDPConfiguration.CredentialPaths) throws -> TLSConfiguration {
        let certificates =
            try CredentialFiles.certificates(at: paths.certificate)
            + (paths.chain ?? []).flatMap(CredentialFiles.certificates(at:))
        let key = try CredentialFiles.privateKey(at: paths.privateKey)
        do {
            let chain = try certificates.map { try NIOSSLCertificate(bytes: $0.derBytes, format: .der) }
            let privateKey = try NIOSSLPrivateKey(bytes: Array(key.derRepresentation), format: .der)
            var configuration = TLSConfiguration.makeServerConfiguration(
                certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
            configuration.minimumTLSVersion = .tlsv12
            return configuration
        } catch {
            throw SMDPConfigurationError.unreadableCredential(path: paths.certificate, reason: "TLS: \(error)")
        }
    }

    /// The client configuration for callbacks: the system's trust anchors, or `trustRoots` when given.
    static func client(trustRoots: [String]?) throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let trustRoots, !trustRoots.isEmpty {
            let certificates = try trustRoots.flatMap(CredentialFiles.certificates(at:)).map {
                try NIOSSLCertificate(bytes: $0.derBytes, format: .der)
            }
            configuration.trustRoots = .certificates(certificates)
        }
        return configuration
    }
}
