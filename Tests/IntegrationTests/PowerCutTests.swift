import APDU
import EUICC
import Foundation
import LPA
import SGP22
import SAIP
import SSPLab
import Testing

/// A power cut at any point of LoadBoundProfilePackage leaves either no profile or the whole profile.
///
/// The card runs as its own process (`ssp card serve --vpcd`), the test plays pcscd's vpcd and the LPA, and the
/// card process is killed with SIGKILL right after the LPA has sent segment k, for every k of the package.
@Suite("Power cut during LoadBoundProfilePackage", .serialized)
struct PowerCutTests {
    @Test("kill -9 after every segment: the card holds no profile or the whole profile")
    func killAtEverySegment() async throws {
        let directory = try Paths.temporary("power-cut")
        let lab = try LocalLab(.init(directory: directory, profilesDirectory: Paths.ts48))
        try await lab.start()
        defer { Task { try? await lab.stop() } }
        let ssp = try Paths.ssp
        let packageBytes = Array(try Data(contentsOf: Paths.ts48.appendingPathComponent("TS48V1-A-UNIQUE.der")))
        let iccid = try ProfilePackage(bytes: packageBytes).iccid
        let cardURL = directory.appendingPathComponent("card.sqlite")
        _ = try lab.makeCard(at: cardURL)
        let storage = try #require(lab.server).context.storage

        var outcomes: [String] = []
        for cutAt in 1...64 {
            let host = try VPCDHost()
            let card = try ChildProcess(ssp, ["card", "serve", cardURL.path, "--vpcd", "127.0.0.1:\(host.port)", "--once"])
            try await host.acceptCard()
            let transport = try ES10Transport(connection: host)
            try await transport.open()
            let code = try await lab.order(iccid: iccid)
            let power = PowerSwitch()
            let interaction = DownloadInteraction.acceptingEverything(progress: { progress in
                if case .segment(let sent, of: _) = progress, sent >= cutAt {
                    power.cut { card.powerCut() }
                }
            })
            _ = try? await ES9PlusClient.withClient(lab.es9PlusConfiguration(timeoutSeconds: 10)) { client in
                try await LocalProfileAssistant(card: ES10Client(transport: transport), server: client)
                    .download(code, interaction: interaction)
            }
            if !power.didCut { card.powerCut() }

            // After the cut, the card file alone decides: no profile, or the whole profile byte for byte.
            let reopened = try EUICC.open(at: cardURL)
            let installed = try await reopened.installedProfiles()
            if installed.isEmpty {
                outcomes.append("cut after segment \(cutAt): no profile")
                // The SM-DP+ saw its package delivered but never installed; the operator puts it back in stock.
                try await storage.updateProfile(iccid: iccid) { set in set.profile?.state = .error }
                try await storage.updateProfile(iccid: iccid) { set in set.profile?.state = .available }
                continue
            }
            #expect(installed.map(\.iccid) == [iccid], "cut after segment \(cutAt) left \(installed)")
            #expect(try await reopened.storedProfilePackage(iccid: iccid) == packageBytes)
            outcomes.append("cut after segment \(cutAt): whole profile")
            break  // the install had committed; every later cut point would end the same way
        }
        // A 12 KB package travels in more than a dozen segments; every cut before the install committed left
        // nothing, and the run ended with the whole profile.
        #expect(outcomes.count > 10, "\(outcomes)")
        #expect(outcomes.last?.hasSuffix("whole profile") == true, "\(outcomes)")
    }
}

/// Cuts the card's power once, from the LPA's progress callback.
final class PowerSwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var cut = false

    var didCut: Bool { lock.withLock { cut } }

    func cut(_ action: () -> Void) {
        let first = lock.withLock { () -> Bool in
            defer { cut = true }
            return !cut
        }
        if first { action() }
    }
}
