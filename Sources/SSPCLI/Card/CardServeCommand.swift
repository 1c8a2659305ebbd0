import APDU
import ArgumentParser
import EUICC
import Foundation

/// `ssp card serve FILE --vpcd HOST:PORT`: the card as a smart card behind vsmartcard's vpcd, so pcscd shows it
/// as a reader to any PC/SC program.
struct CardServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a virtual eUICC to PC/SC programs through vsmartcard's vpcd.",
        discussion: """
            pcscd with Debian's vsmartcard-vpcd listens on TCP 35963; the card connects to it and appears as the \
            reader "Virtual PCD 00 00". The card keeps reconnecting when vpcd goes away until interrupted.
            """
    )

    @Argument(help: "The card file.")
    var file: String

    @Option(help: "Where vpcd listens, HOST:PORT.")
    var vpcd: String = "127.0.0.1:35963"

    @Flag(help: "Log every APDU and its response on standard error.")
    var verbose = false

    @Flag(help: "Exit when vpcd closes the connection instead of reconnecting.")
    var once = false

    func run() async throws {
        let (host, port) = try Self.parseEndpoint(vpcd)
        let card = try EUICC.open(at: URL(fileURLWithPath: file))
        let dispatcher = APDUDispatcher(applications: card.applications)
        let configuration = VPCDConfiguration(
            host: host, port: port, reconnect: once ? nil : .standard)
        let verbose = self.verbose
        let connection = VPCDConnection(card: dispatcher, configuration: configuration) { event in
            switch event {
            case .control(.powerOff), .control(.powerOn), .control(.reset):
                // A real card loses its RSP session (challenge, one-time keys, partial package) on a power cycle.
                Task { await card.resetSession() }
            case .apdu where !verbose:
                return
            default:
                break
            }
            FileHandle.standardError.write(Data("vpcd: \(event)\n".utf8))
        }
        print("Serving card \(card.eid) to vpcd at \(host):\(port)")
        try await connection.run()
    }

    static func parseEndpoint(_ text: String) throws -> (String, UInt16) {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]),
            colon != text.startIndex
        else {
            throw CardCommandError("--vpcd \(text) is not HOST:PORT (for example 127.0.0.1:35963).")
        }
        return (String(text[..<colon]), port)
    }
}
