import APDU
import EUICC
import Foundation
import LPA
import Logging
import SGP22

/// A virtual device on disk: a folder with the eUICC's card file and the LPA's settings.
///
/// ```
/// DIR/card.sqlite   the eUICC (EUICC module): identity, trusted CIs, profiles, notifications
/// DIR/lpa.json      the LPA's settings: trusted TLS roots, TAC, IMEI
/// ```
/// Opening it wires the card the way a device does: the card engine's applications behind an APDU
/// dispatcher, an in-process connection, and the LPA's ES10 transport on a logical channel to the ISD-R.
struct VirtualDevice {
    /// The card file's name.
    static let cardFileName = "card.sqlite"

    /// The folder.
    let directory: URL

    var cardURL: URL { directory.appendingPathComponent(Self.cardFileName) }
    var settingsURL: URL { directory.appendingPathComponent(LPASettings.fileName) }

    /// Whether the folder holds a card.
    var exists: Bool { FileManager.default.fileExists(atPath: cardURL.path) }

    /// Opens the card and the LPA, runs `body`, and closes everything whatever happens.
    func withLPA<Result>(_ body: (LocalProfileAssistant, EUICC) async throws -> Result) async throws -> Result {
        guard exists else { throw DeviceCommandError.notADevice(path: directory.path) }
        let settings = try LPASettings.load(from: settingsURL)
        let card = try EUICC.open(at: cardURL)
        let dispatcher = APDUDispatcher(applications: card.applications)
        let transport = try ES10Transport(connection: InProcessCardConnection(card: dispatcher))
        try await transport.open()
        let logger = Self.logger()
        let server = try ES9PlusClient(configuration: .init(trust: try settings.serverTrust(), logger: logger))
        let lpa = LocalProfileAssistant(
            card: ES10Client(transport: transport), server: server, deviceInfo: try settings.deviceInfo(),
            logger: logger)
        do {
            let result = try await body(lpa, card)
            await close(transport: transport, server: server)
            return result
        } catch {
            await close(transport: transport, server: server)
            throw error
        }
    }

    /// The LPA's log: warnings and errors only, unless `SSP_LOG_LEVEL` (trace, debug, info, notice…) says more.
    /// The commands print what matters as sentences; the log is for digging deeper.
    static func logger() -> Logger {
        var logger = Logger(label: "ssp.device")
        let level = ProcessInfo.processInfo.environment["SSP_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) }
        logger.logLevel = level ?? .warning
        return logger
    }

    private func close(transport: ES10Transport, server: ES9PlusClient) async {
        try? await transport.close()
        await server.shutdown()
    }
}
