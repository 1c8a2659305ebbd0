import APDU
import ArgumentParser
import EUICC
import Foundation
import LPA
import SGP22
import SSPLab

/// `ssp bench card`: APDUs per second through the APDU layer into the eUICC engine, and the time the card takes
/// to install a 12 KB TS.48 profile (LoadBoundProfilePackage, every segment verified, decrypted and committed).
struct BenchCardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card", abstract: "APDUs per second and the time to install a 12 KB TS.48 profile.")

    @Option(help: "How many ES10 GetEID round trips to time.")
    var apdus: Int = 5000

    @Option(help: "How many profile installs to time (at most the number of TS.48 profiles).")
    var installs: Int = 10

    @Option(help: "A folder of SAIP profile packages.")
    var profiles: String = "Resources/ts48"

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ssp-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lab = try LocalLab(.init(directory: directory, profilesDirectory: URL(fileURLWithPath: profiles)))
        try await lab.start()
        let card = try lab.makeCard(at: directory.appendingPathComponent("card.sqlite"))
        let dispatcher = APDUDispatcher(applications: card.applications)
        let transport = try ES10Transport(connection: InProcessCardConnection(card: dispatcher))
        try await transport.open()
        let client = ES10Client(transport: transport)

        // 1. APDUs per second: GetEID is one STORE DATA command and one response through the whole layer.
        _ = try await client.getEID()
        let start = ContinuousClock.now
        for _ in 0..<apdus {
            _ = try await client.getEID()
        }
        let apduSeconds = Self.seconds(ContinuousClock.now - start)
        print(String(format: "APDU layer + ISD-R: %d GetEID round trips in %.3f s = %.0f APDUs/s (%.1f µs each)",
            apdus, apduSeconds, Double(apdus) / apduSeconds, apduSeconds / Double(apdus) * 1e6))

        // 2. Installing a 12 KB TS.48 profile: the card's share of a real download over HTTPS.
        let stock = try await lab.profiles().filter { $0.state == .available }.prefix(max(1, installs))
        var cardTimes: [Double] = []
        var wholeTimes: [Double] = []
        var segments = 0
        for profile in stock {
            let code = try await lab.order(iccid: profile.iccid)
            let timer = StageTimer()
            let began = ContinuousClock.now
            _ = try await ES9PlusClient.withClient(lab.es9PlusConfiguration()) { server in
                try await LocalProfileAssistant(card: client, server: server)
                    .download(code, interaction: .acceptingEverything(progress: { timer.record($0) }))
            }
            wholeTimes.append(Self.seconds(ContinuousClock.now - began))
            cardTimes.append(timer.loadSeconds)
            segments = timer.segments
            try await client.deleteProfile(.iccid(profile.iccid.wireValue))
        }
        try await lab.stop()
        cardTimes.sort()
        wholeTimes.sort()
        let size = stock.first.map { $0.packageSize } ?? 0
        print(String(format: "LoadBoundProfilePackage of a %d-byte TS.48 profile (%d segments): median %.1f ms, min %.1f ms over %d installs",
            size, segments, cardTimes[cardTimes.count / 2] * 1000, cardTimes[0] * 1000, cardTimes.count))
        print(String(format: "Whole download (HTTPS to the SM-DP+, both sides' crypto, install, notification): median %.1f ms; the card's install is %.0f%% of it",
            wholeTimes[wholeTimes.count / 2] * 1000, cardTimes[cardTimes.count / 2] / wholeTimes[wholeTimes.count / 2] * 100))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Times the LoadBoundProfilePackage step from the LPA's progress reports.
final class StageTimer: @unchecked Sendable {
    private let lock = NSLock()
    private var loadStart: ContinuousClock.Instant?
    private var loadEnd: ContinuousClock.Instant?
    private var lastSegmentCount = 0

    func record(_ progress: DownloadProgress) {
        lock.withLock {
            switch progress {
            case .step(.loadBoundProfilePackage): loadStart = .now
            case .step(.sendInstallationResult): loadEnd = .now
            case .segment(_, of: let total): lastSegmentCount = total
            default: break
            }
        }
    }

    var loadSeconds: Double {
        lock.withLock {
            guard let loadStart, let loadEnd else { return 0 }
            return BenchCardCommand.seconds(loadEnd - loadStart)
        }
    }

    var segments: Int { lock.withLock { lastSegmentCount } }
}
