import ArgumentParser
import Foundation
import SMDPPlus

/// How the `ssp serve smdp` and `ssp smdp` commands find their SM-DP+: a configuration file, a lab PKI folder or
/// the SGP.26 folder, then overrides from the environment (`SSP_SMDP_*`) and, above those, from flags.
struct SMDPOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: "The SM-DP+ configuration file (JSON, see docs/smdp.md).")
    var configurationFile: String?

    @Option(name: .customLong("pki"), help: "Use the lab PKI written by `ssp pki init DIR`.")
    var pkiDirectory: String?

    @Option(name: .customLong("sgp26"), help: "Use the GSMA SGP.26 NIST identities in DIR (testsmdpplus1.example.com).")
    var sgp26Directory: String?

    @Option(help: "The address to listen on.")
    var host: String?

    @Option(help: "The port to listen on.")
    var port: Int?

    @Option(help: "The SM-DP+ address announced (FQDN, with :port in the lab).")
    var address: String?

    @Option(name: .customLong("database"), help: "The SQLite database file.")
    var databasePath: String?

    @Option(name: .customLong("callback-url"), help: "Where ES2+ HandleDownloadProgressInfo callbacks go.")
    var callbackURL: String?

    init() {}

    /// The configuration after files, environment and flags.
    func configuration(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws
        -> SMDPConfiguration
    {
        let host = self.host ?? environment["SSP_SMDP_HOST"] ?? "127.0.0.1"
        let port = try self.port ?? environment["SSP_SMDP_PORT"].map(Self.port) ?? 8443
        let database = databasePath ?? environment["SSP_SMDP_DATABASE"] ?? "smdp.sqlite"
        var configuration: SMDPConfiguration
        if let file = configurationFile ?? environment["SSP_SMDP_CONFIG"] {
            configuration = try SMDPConfiguration.load(from: file)
            if let host = self.host ?? environment["SSP_SMDP_HOST"] { configuration.host = host }
            if let port = try self.port ?? environment["SSP_SMDP_PORT"].map(Self.port) { configuration.port = port }
            if let database = databasePath ?? environment["SSP_SMDP_DATABASE"] { configuration.databasePath = database }
        } else if let pki = pkiDirectory ?? environment["SSP_SMDP_PKI"] {
            configuration = SMDPConfiguration.labPKI(
                directory: pki, address: "localhost:\(port)", databasePath: database, host: host, port: port)
        } else if let sgp26 = sgp26Directory ?? environment["SSP_SMDP_SGP26"] {
            configuration = SMDPConfiguration.sgp26(directory: sgp26, databasePath: database, host: host, port: port)
        } else {
            throw SMDPCommandError.noConfiguration
        }
        if let address = address ?? environment["SSP_SMDP_ADDRESS"] { configuration.address = address }
        if let url = callbackURL ?? environment["SSP_SMDP_CALLBACK_URL"] { configuration.operatorCallbackURL = url }
        try configuration.validate()
        return configuration
    }

    static func port(_ text: String) throws -> Int {
        guard let value = Int(text), (0...65535).contains(value) else { throw SMDPCommandError.badPort(text) }
        return value
    }
}
