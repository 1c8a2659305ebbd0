import Foundation
import SGP22

/// Everything needed to run an SM-DP+: where it listens, what it announces, where its database and credentials
/// are, and its limits. Read from a JSON file (``load(from:)``) or made by ``labPKI(directory:address:databasePath:)``
/// and ``sgp26(directory:databasePath:)``.
///
/// ```json
/// {
///   "host": "127.0.0.1", "port": 8443, "address": "localhost:8443", "databasePath": "smdp.sqlite",
///   "tls": { "certificate": "pki/smdp/tls/cert.pem", "privateKey": "pki/smdp/tls/key.pem" },
///   "dpAuth": { "certificate": "pki/smdp/auth/cert.pem", "privateKey": "pki/smdp/auth/key.pem" },
///   "dpPb": { "certificate": "pki/smdp/pb/cert.pem", "privateKey": "pki/smdp/pb/key.pem" },
///   "trustedCIs": ["pki/ci/cert.pem"],
///   "operatorCallbackURL": "https://operator.example/gsma/rsp2/es2plus/handleDownloadProgressInfo",
///   "limits": { "confirmationCodeAttempts": 3, "sessionLifetime": 600 }
/// }
/// ```
/// Relative paths are read from the configuration file's folder.
public struct SMDPConfiguration: Codable, Hashable, Sendable {
    /// A certificate file and its private key file, with an optional chain for TLS.
    public struct CredentialPaths: Codable, Hashable, Sendable {
        /// PEM or DER certificate.
        public var certificate: String
        /// PEM, DER or raw private key.
        public var privateKey: String
        /// Intermediate certificates sent after the certificate (TLS only).
        public var chain: [String]?

        /// Builds the paths.
        public init(certificate: String, privateKey: String, chain: [String]? = nil) {
            self.certificate = certificate
            self.privateKey = privateKey
            self.chain = chain
        }
    }

    /// The address to bind (default `127.0.0.1`).
    public var host: String
    /// The port to bind (default 8443).
    public var port: Int
    /// The SM-DP+ address announced (an FQDN, with a port in the lab).
    public var address: String
    /// The SQLite file.
    public var databasePath: String
    /// The DP-TLS certificate and key; without it the server speaks plain HTTP (behind a TLS proxy only).
    public var tls: CredentialPaths?
    /// CERT.DPauth.ECDSA and its key.
    public var dpAuth: CredentialPaths
    /// CERT.DPpb.ECDSA and its key.
    public var dpPb: CredentialPaths
    /// The CI certificates trusted for eUICC chains (files may hold several PEM certificates).
    public var trustedCIs: [String]
    /// Where HandleDownloadProgressInfo callbacks go; none are sent without it.
    public var operatorCallbackURL: String?
    /// Extra trust anchors for an `https` callback URL (PEM or DER files); the system's are used otherwise.
    public var operatorCallbackTrustRoots: [String]?
    /// ES2+ callers accepted; empty or absent accepts any.
    public var allowedRequesters: [String]?
    /// The requester identifier of the SM-DP+'s callbacks (default: the address).
    public var requesterIdentifier: String?
    /// The InitialiseSecureChannel hostId, as text (default `SSP-SMDP+`).
    public var hostId: String?
    /// Whether a retry with a new eUICC one-time key is bound anew (default `true`).
    public var rebindsOnNewEUICCKey: Bool?
    /// Limits and lifetimes.
    public var limits: SMDPLimits?

    /// Builds a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8443, address: String, databasePath: String,
        tls: CredentialPaths?, dpAuth: CredentialPaths, dpPb: CredentialPaths, trustedCIs: [String],
        operatorCallbackURL: String? = nil, limits: SMDPLimits = SMDPLimits()
    ) {
        self.host = host
        self.port = port
        self.address = address
        self.databasePath = databasePath
        self.tls = tls
        self.dpAuth = dpAuth
        self.dpPb = dpPb
        self.trustedCIs = trustedCIs
        self.operatorCallbackURL = operatorCallbackURL
        self.limits = limits
    }

    private enum CodingKeys: String, CodingKey {
        case host, port, address, databasePath, tls, dpAuth, dpPb, trustedCIs, operatorCallbackURL
        case operatorCallbackTrustRoots, allowedRequesters, requesterIdentifier, hostId, rebindsOnNewEUICCKey, limits
    }

    /// Reads a configuration; `host` and `port` default to `127.0.0.1` and 8443, the rest as documented above.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        host = try container.decodeIfPresent(String.self, forKey: .host) ?? "127.0.0.1"
        port = try container.decodeIfPresent(Int.self, forKey: .port) ?? 8443
        address = try container.decode(String.self, forKey: .address)
        databasePath = try container.decode(String.self, forKey: .databasePath)
        tls = try container.decodeIfPresent(CredentialPaths.self, forKey: .tls)
        dpAuth = try container.decode(CredentialPaths.self, forKey: .dpAuth)
        dpPb = try container.decode(CredentialPaths.self, forKey: .dpPb)
        trustedCIs = try container.decode([String].self, forKey: .trustedCIs)
        operatorCallbackURL = try container.decodeIfPresent(String.self, forKey: .operatorCallbackURL)
        operatorCallbackTrustRoots = try container.decodeIfPresent(
            [String].self, forKey: .operatorCallbackTrustRoots)
        allowedRequesters = try container.decodeIfPresent([String].self, forKey: .allowedRequesters)
        requesterIdentifier = try container.decodeIfPresent(String.self, forKey: .requesterIdentifier)
        hostId = try container.decodeIfPresent(String.self, forKey: .hostId)
        rebindsOnNewEUICCKey = try container.decodeIfPresent(Bool.self, forKey: .rebindsOnNewEUICCKey)
        limits = try container.decodeIfPresent(SMDPLimits.self, forKey: .limits)
    }

    /// Reads a JSON configuration file; relative paths in it are taken from the file's folder.
    public static func load(from path: String) throws -> SMDPConfiguration {
        let url = URL(fileURLWithPath: path)
        var configuration: SMDPConfiguration
        do {
            configuration = try JSONDecoder().decode(SMDPConfiguration.self, from: Data(contentsOf: url))
        } catch let error as SMDPConfigurationError {
            throw error
        } catch {
            throw SMDPConfigurationError.unreadableFile(path: path, reason: "\(error)")
        }
        configuration.resolvePaths(relativeTo: url.deletingLastPathComponent())
        try configuration.validate()
        return configuration
    }

    /// A configuration for a lab PKI written by `ssp pki init DIR`.
    public static func labPKI(
        directory: String, address: String, databasePath: String, host: String = "127.0.0.1", port: Int = 8443
    ) -> SMDPConfiguration {
        let base = URL(fileURLWithPath: directory)
        func path(_ relative: String) -> String { base.appendingPathComponent(relative).path }
        return SMDPConfiguration(
            host: host, port: port, address: address, databasePath: databasePath,
            tls: CredentialPaths(certificate: path("smdp/tls/cert.pem"), privateKey: path("smdp/tls/key.pem")),
            dpAuth: CredentialPaths(certificate: path("smdp/auth/cert.pem"), privateKey: path("smdp/auth/key.pem")),
            dpPb: CredentialPaths(certificate: path("smdp/pb/cert.pem"), privateKey: path("smdp/pb/key.pem")),
            trustedCIs: [path("ci/cert.pem")])
    }

    /// The address the GSMA SGP.26 test certificates are issued for.
    public static let sgp26Address = "testsmdpplus1.example.com"

    /// A configuration with the GSMA SGP.26 NIST identities in `directory` (the `sgp26/` folder of the reference
    /// data): DPauth, DPpb, DPtls valid until 2030 and the NIST CI; the address is `testsmdpplus1.example.com`.
    public static func sgp26(
        directory: String, databasePath: String, host: String = "127.0.0.1", port: Int = 443
    ) -> SMDPConfiguration {
        let base = URL(fileURLWithPath: directory)
        func path(_ relative: String) -> String { base.appendingPathComponent(relative).path }
        return SMDPConfiguration(
            host: host, port: port, address: sgp26Address, databasePath: databasePath,
            tls: CredentialPaths(
                certificate: path("DPtls/CERT_S_SM_DP_TLS_NIST_valid2030.der"),
                privateKey: path("DPtls/SK_S_SM_DP_TLS_NIST.pem")),
            dpAuth: CredentialPaths(
                certificate: path("DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der"),
                privateKey: path("DPauth/SK_S_SM_DPauth_ECDSA_NIST.pem")),
            dpPb: CredentialPaths(
                certificate: path("DPpb/CERT_S_SM_DPpb_ECDSA_NIST.der"),
                privateKey: path("DPpb/SK_S_SM_DPpb_ECDSA_NIST.pem")),
            trustedCIs: [path("CertificateIssuer/CERT_CI_ECDSA_NIST.der")])
    }

    /// Refuses values the server cannot use.
    public func validate() throws {
        guard (0...65535).contains(port) else {
            throw SMDPConfigurationError.invalidValue(field: "port", reason: "\(port) is not a TCP port")
        }
        guard !address.isEmpty, !address.contains("/"), !address.contains("$") else {
            throw SMDPConfigurationError.invalidValue(field: "address", reason: "\"\(address)\" is not an FQDN[:port]")
        }
        guard !databasePath.isEmpty else {
            throw SMDPConfigurationError.invalidValue(field: "databasePath", reason: "must not be empty")
        }
        if let hostId, !(1...16).contains(hostId.utf8.count) {
            throw SMDPConfigurationError.invalidValue(field: "hostId", reason: "must be 1 to 16 bytes")
        }
        if let operatorCallbackURL {
            guard let url = URL(string: operatorCallbackURL),
                ["http", "https"].contains(url.scheme?.lowercased() ?? "")
            else {
                throw SMDPConfigurationError.invalidValue(
                    field: "operatorCallbackURL", reason: "\"\(operatorCallbackURL)\" is not an http(s) URL")
            }
        }
        try limits?.validate()
    }

    /// The behaviour part of the configuration.
    public var settings: SMDPSettings {
        SMDPSettings(
            address: address, limits: limits ?? SMDPLimits(),
            hostId: hostId.map { Array($0.utf8) } ?? Array("SSP-SMDP+".utf8),
            rebindsOnNewEUICCKey: rebindsOnNewEUICCKey ?? true, allowedRequesters: Set(allowedRequesters ?? []),
            requesterIdentifier: requesterIdentifier)
    }

    /// Loads and checks DPauth, DPpb and the trusted CIs.
    public func loadCredentials(at time: Date = Date()) throws -> SMDPCredentials {
        try SMDPCredentials(
            dpAuth: try CredentialFiles.signingIdentity(certificate: dpAuth.certificate, privateKey: dpAuth.privateKey),
            dpPb: try CredentialFiles.signingIdentity(certificate: dpPb.certificate, privateKey: dpPb.privateKey),
            trustedCIs: try trustedCIs.flatMap(CredentialFiles.certificates(at:)), at: time)
    }

    mutating func resolvePaths(relativeTo base: URL) {
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
        }
        func resolve(_ paths: CredentialPaths) -> CredentialPaths {
            CredentialPaths(
                certificate: resolve(paths.certificate), privateKey: resolve(paths.privateKey),
                chain: paths.chain?.map(resolve))
        }
        databasePath = resolve(databasePath)
        tls = tls.map(resolve)
        dpAuth = resolve(dpAuth)
        dpPb = resolve(dpPb)
        trustedCIs = trustedCIs.map(resolve)
        operatorCallbackTrustRoots = operatorCallbackTrustRoots?.map(resolve)
    }
}
