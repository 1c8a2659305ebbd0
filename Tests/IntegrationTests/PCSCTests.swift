import APDU
import EUICC
import Foundation
import LPA
import SGP22
import SSPLab
import Testing

/// The card reached by an independent PC/SC program: pcscd with vsmartcard's vpcd driver, `ssp card serve`
/// connecting the card to it, and Debian's pyscard speaking ES10 over APDUs.
///
/// Runs when `SSP_PCSC_TEST=1` (scripts/test sets it once pcscd is running).
@Suite("PC/SC through pcscd and vpcd", .serialized)
struct PCSCTests {
    static let enabled = ProcessInfo.processInfo.environment["SSP_PCSC_TEST"] == "1"
    static let python = ProcessInfo.processInfo.environment["SSP_PCSC_PYTHON"] ?? "/usr/bin/python3"

    @Test(
        "pyscard: GetEID, GetEUICCInfo2, GetProfilesInfo, enable and disable a downloaded profile",
        .enabled(if: enabled))
    func es10OverPCSC() async throws {
        let directory = try Paths.temporary("pcsc")
        let lab = try LocalLab(.init(directory: directory, profilesDirectory: Paths.ts48))
        try await lab.start()
        defer { Task { try? await lab.stop() } }

        // Download a profile over HTTPS into the card in-process, then hand the card file to `ssp card serve`.
        let cardURL = directory.appendingPathComponent("card.sqlite")
        let iccid = try ICCID("8949449999999990023")
        do {
            let card = try lab.makeCard(at: cardURL)
            let dispatcher = APDUDispatcher(applications: card.applications)
            let transport = try ES10Transport(connection: InProcessCardConnection(card: dispatcher))
            try await transport.open()
            let code = try await lab.order(iccid: iccid)
            _ = try await ES9PlusClient.withClient(lab.es9PlusConfiguration()) { client in
                try await LocalProfileAssistant(card: ES10Client(transport: transport), server: client)
                    .download(code, interaction: .acceptingEverything())
            }
            #expect(try await card.installedProfiles().map(\.iccid) == [iccid])
        }

        let server = try ChildProcess(try Paths.ssp, ["card", "serve", cardURL.path, "--vpcd", "127.0.0.1:35963"])
        defer { server.powerCut() }
        let client = try ChildProcess(
            URL(fileURLWithPath: Self.python),
            [Paths.scripts.appendingPathComponent("pcsc_es10.py").path, "Virtual PCD", hex(iccid.swappedBCD)])
        let (status, output) = client.finish()
        try #require(status == 0, "pyscard client failed: \(output)")
        let line = try #require(output.split(separator: "\n").last)
        let report = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]

        let eid = try #require(report["getEID"] as? String)
        #expect(eid == "BF3E125A10" + hex(try EUICC.open(at: cardURL).eid.bcd))
        let info2 = try #require(report["euiccInfo2"] as? String)
        let decodedInfo2 = try EUICCInfo2(derBytes: bytes(info2))
        #expect(!decodedInfo2.euiccCiPKIdListForVerification.isEmpty)
        let before = try ProfileInfoListResponse(derBytes: bytes(try #require(report["profilesBefore"] as? String)))
        #expect(profileStates(before) == [iccid.description: .disabled])
        #expect(report["enableResult"] as? Int == 0)
        let enabled = try ProfileInfoListResponse(derBytes: bytes(try #require(report["profilesEnabled"] as? String)))
        #expect(profileStates(enabled) == [iccid.description: .enabled])
        #expect(report["disableResult"] as? Int == 0)
        let disabled = try ProfileInfoListResponse(derBytes: bytes(try #require(report["profilesDisabled"] as? String)))
        #expect(profileStates(disabled) == [iccid.description: .disabled])
    }

    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02X", $0) }.joined() }

    private func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return result
    }

    private func profileStates(_ response: ProfileInfoListResponse) -> [String: ProfileState] {
        guard case .profileInfoListOk(let profiles) = response else { return [:] }
        var states: [String: ProfileState] = [:]
        for profile in profiles {
            guard let wire = profile.iccid, let iccid = try? ICCID(wire) else { continue }
            states[iccid.description] = profile.profileState
        }
        return states
    }
}
