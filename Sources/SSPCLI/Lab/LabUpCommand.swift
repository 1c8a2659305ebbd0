import ArgumentParser
import EUICC
import Foundation
import LPA
import SGP22
import SSPLab

/// `ssp lab up`: generates a PKI, starts the SM-DP+ over HTTPS with the TS.48 test profiles in stock, creates a
/// virtual device that trusts the lab, orders a few profiles and prints ready-to-use activation codes; then serves
/// until interrupted.
struct LabUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "up",
        abstract: "Start the local lab and print ready-to-use activation codes.",
        discussion: """
            DIR is made afresh on every start (its previous PKI, databases and device are replaced). The device in \
            DIR/device is an `ssp device` folder: use it with `ssp device download 'LPA:1$…' --device DIR/device`.
            """
    )

    @Option(help: "The lab's folder.")
    var dir: String = "lab-data"

    @Option(help: "The SM-DP+ HTTPS port on 127.0.0.1.")
    var port: Int = 8443

    @Option(help: "A folder of SAIP profile packages to put in stock.")
    var profiles: String = "Resources/ts48"

    @Option(help: "How many activation codes to order.")
    var orders: Int = 3

    @Flag(help: "Order, print the codes and stop instead of serving.")
    var noServe = false

    func run() async throws {
        let directory = URL(fileURLWithPath: dir)
        let profilesURL = URL(fileURLWithPath: profiles)
        guard FileManager.default.fileExists(atPath: profilesURL.path) else {
            throw LabCommandError("The profile folder \(profiles) does not exist; give --profiles DIR.")
        }
        if FileManager.default.fileExists(atPath: directory.path) {
            for item in ["pki", "smdp.sqlite", "smdp.sqlite-wal", "smdp.sqlite-shm", "device"] {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(item))
            }
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let lab = try LocalLab(.init(directory: directory, smdpPort: port, profilesDirectory: profilesURL))
        try await lab.start()

        let device = directory.appendingPathComponent("device")
        try FileManager.default.createDirectory(at: device, withIntermediateDirectories: true)
        let card = try lab.makeCard(at: device.appendingPathComponent("card.sqlite"))
        var settings = LPASettings(trustSystemRoots: false)
        settings.trust(lab.hierarchy.ci.parsed)
        try settings.save(to: device.appendingPathComponent(LPASettings.fileName))

        let stock = try await lab.profiles().filter { $0.state == .available }
        print("SSP lab is up in \(directory.path)")
        print("  PKI            \(lab.pkiDirectory.path)  (ssp pki show \(lab.pkiDirectory.path)/smdp/tls/cert.pem)")
        print("  SM-DP+         https://\(lab.smdpAddress)  (ES9+ /gsma/rsp2/es9plus/…, ES2+ /gsma/rsp2/es2plus/…)")
        print("  inventory      \(stock.count) profiles from \(profilesURL.path)")
        print("  device         \(device.path)  EID \(card.eid)")
        print("")
        print("Activation codes (any device trusting the lab CI can use them):")
        for (index, profile) in stock.prefix(max(0, orders)).enumerated() {
            let code = try await lab.order(iccid: profile.iccid, confirmationCode: index == 1 ? "1234" : nil)
            let note = index == 1 ? "   (confirmation code 1234)" : ""
            print("  \(code.qrCodeText)   ICCID \(profile.iccid)\(note)")
        }
        print("")
        print("Try:  ssp device download '<activation code>' --device \(device.path) --yes")
        print("      ssp device profiles --device \(device.path)")
        if noServe {
            try await lab.stop()
            return
        }
        print("Serving; press Ctrl-C to stop.")
        fflush(nil)  // the codes must reach a pipe or a log file now, not when the lab stops
        try await lab.wait()
    }
}

/// A plain sentence when the lab cannot start.
struct LabCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
