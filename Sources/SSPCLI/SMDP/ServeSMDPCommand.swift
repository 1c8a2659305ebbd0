import ArgumentParser
import Foundation
import Logging
import SMDPPlus
import SSPPKI

/// `ssp serve smdp`: the SM-DP+ (ES9+ for LPAs, ES2+ for operators) over HTTPS until SIGINT or SIGTERM.
struct ServeSMDPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smdp",
        abstract: "Serve the SM-DP+ (SGP.22 ES9+ and ES2+) over HTTPS.",
        discussion: """
            The SM-DP+ comes from --config FILE, --pki DIR (a lab PKI from `ssp pki init`, address localhost:PORT) \
            or --sgp26 DIR (the GSMA SGP.26 NIST identities, address testsmdpplus1.example.com); SSP_SMDP_CONFIG, \
            SSP_SMDP_PKI, SSP_SMDP_SGP26, SSP_SMDP_HOST, SSP_SMDP_PORT, SSP_SMDP_ADDRESS, SSP_SMDP_DATABASE and \
            SSP_SMDP_CALLBACK_URL do the same, flags winning. Put profiles in stock with `ssp smdp profiles import` \
            and place orders with `ssp smdp order`. See docs/smdp.md.
            """
    )

    @OptionGroup var options: SMDPOptions

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    init() {}

    func run() async throws {
        let configuration = try options.configuration()
        var logger = Logger(label: "ssp.smdp")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let server = try SMDPServer(configuration: configuration, logger: logger)
        let scheme = configuration.tls == nil ? "http" : "https"
        logger.notice(
            "SM-DP+ \(configuration.address) on \(scheme)://\(configuration.host):\(configuration.port)",
            metadata: [
                "smdpOid": "\(server.context.credentials.smdpOid.dotted)", "database": "\(configuration.databasePath)",
            ])
        try await server.run()
    }
}
