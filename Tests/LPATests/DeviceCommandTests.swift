import Foundation
import LPA
import SGP22
import SMDPPlus
import SSPPKI
import Testing

/// `ssp device …` as a user runs it: the built executable against a lab SM-DP+, with exit codes and sentences.
@Suite("ssp device commands", .enabled(if: SSPExecutable.isAvailable, "needs the ssp executable (swift build)"))
struct DeviceCommandTests {
    @Test("create, info, download with consent prompt and progress, profiles, enable, notifications, delete")
    func fullCycle() async throws {
        try await Lab.with { lab in
            let folder = try TestFolders.temporary("lpa-cli")
            let device = folder.appendingPathComponent("phone").path
            let pki = lab.directory.appendingPathComponent("pki").path

            let created = try await SSPExecutable.run(["device", "create", device, "--pki", pki])
            #expect(created.status == 0, "\(created.standardError)")
            #expect(created.standardOutput.contains("EID"))

            let info = try await SSPExecutable.run(["device", "info", "--json", "--device", device])
            #expect(info.status == 0, "\(info.standardError)")
            let report = try JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any]
            let eid = try #require(report?["eid"] as? String)
            #expect(EIDFormat.isValid(eid) && eid.hasPrefix("89049032"))
            #expect(report?["svn"] as? String == "2.2.2")

            // Consent refused at the prompt: nothing installed, a sentence, a non-zero exit.
            let profiles = try await lab.availableProfiles()
            let refusedCode = try await lab.order(profiles[0])
            let refused = try await SSPExecutable.run(
                ["device", "download", refusedCode.qrCodeText, "--device", device], input: "n\n")
            #expect(refused.status != 0)
            #expect(refused.standardError.contains("Install this profile?"))
            #expect(refused.standardError.contains("rejected by the user"))
            #expect(refused.standardError.contains("endUserRejection"))

            // Accepted at the prompt, with the progress shown.
            let code = try await lab.order(profiles[1], eid: try EID(eid))
            let downloaded = try await SSPExecutable.run(
                ["device", "download", code.qrCodeText, "--device", device], input: "y\n")
            #expect(downloaded.status == 0, "\(downloaded.standardError)")
            #expect(downloaded.standardOutput.contains("Installed the profile \(profiles[1].iccid.digits)"))
            #expect(downloaded.standardError.contains("segment 1 of"))
            #expect(downloaded.standardError.contains("Authenticating the SM-DP+"))

            let listed = try await SSPExecutable.run(["device", "profiles", "--json", "--device", device])
            let entries = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]]
            #expect(entries?.count == 1)
            #expect(entries?.first?["iccid"] as? String == profiles[1].iccid.digits)
            #expect(entries?.first?["state"] as? String == "disabled")

            let iccid = profiles[1].iccid.digits
            let enabled = try await SSPExecutable.run(["device", "enable", iccid, "--device", device])
            #expect(enabled.status == 0, "\(enabled.standardError)")
            #expect(enabled.standardOutput.contains("Delivered 1 notification"))

            let named = try await SSPExecutable.run(["device", "nickname", iccid, "Work", "--device", device])
            #expect(named.status == 0)
            let table = try await SSPExecutable.run(["device", "profiles", "--device", device])
            #expect(table.standardOutput.contains("Work") && table.standardOutput.contains("enabled"))

            // With the SM-DP+ down, disable works and its notification waits on the card.
            try await lab.stop()
            let disabled = try await SSPExecutable.run(["device", "disable", iccid, "--device", device])
            #expect(disabled.status == 0)
            #expect(disabled.standardOutput.contains("stays on the card"))
            let pending = try await SSPExecutable.run(["device", "notifications", "--json", "--device", device])
            let waiting = try JSONSerialization.jsonObject(with: Data(pending.standardOutput.utf8)) as? [[String: Any]]
            #expect(waiting?.map { $0["operation"] as? String } == ["disable"])
            let failedSend = try await SSPExecutable.run(["device", "notifications", "--send", "--device", device])
            #expect(failedSend.status != 0)
            #expect(failedSend.standardOutput.contains("kept"))

            try await lab.start()
            let sent = try await SSPExecutable.run(["device", "notifications", "--send", "--device", device])
            #expect(sent.status == 0, "\(sent.standardOutput)")
            #expect(sent.standardOutput.contains("delivered"))

            let deleted = try await SSPExecutable.run(["device", "delete", iccid, "--device", device])
            #expect(deleted.status == 0, "\(deleted.standardError)")
            let empty = try await SSPExecutable.run(["device", "profiles", "--device", device])
            #expect(empty.standardOutput.contains("No profiles are installed."))
        }
    }

    @Test("errors are plain sentences with a non-zero exit status")
    func errors() async throws {
        let folder = try TestFolders.temporary("lpa-cli")
        let device = folder.appendingPathComponent("none").path

        let missing = try await SSPExecutable.run(["device", "profiles", "--device", device])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("is not a device folder"))

        let noIdentity = try await SSPExecutable.run(["device", "create", device])
        #expect(noIdentity.status != 0)
        #expect(noIdentity.standardError.contains("needs an identity"))

        let hierarchy = try TestHierarchy.generate()
        let pki = folder.appendingPathComponent("pki")
        for identity in hierarchy.identities {
            guard let path = HierarchyLayout.folder(for: identity.role) else { continue }
            let url = pki.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try identity.certificatePEM.write(to: url.appendingPathComponent("cert.pem"), atomically: true, encoding: .utf8)
            try identity.privateKeyPEM.write(to: url.appendingPathComponent("key.pem"), atomically: true, encoding: .utf8)
        }
        let created = try await SSPExecutable.run(
            ["device", "create", device, "--pki", pki.path, "--eid", hierarchy.euicc.parsed.subjectSerialNumber ?? ""])
        #expect(created.status == 0, "\(created.standardError)")
        let again = try await SSPExecutable.run(["device", "create", device, "--pki", pki.path])
        #expect(again.status != 0 && again.standardError.contains("--force"))

        let badCode = try await SSPExecutable.run(["device", "download", "LPA:2$x$y", "--yes", "--device", device])
        #expect(badCode.status != 0 && badCode.standardError.contains("is not an activation code"))

        let unknown = try await SSPExecutable.run(["device", "enable", "8949449999999990023", "--device", device])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("no such profile is installed"))

        let badICCID = try await SSPExecutable.run(["device", "delete", "12AB", "--device", device])
        #expect(badICCID.status != 0 && badICCID.standardError.contains("is not an ICCID"))

        // The environment variable names the device when --device is absent.
        let viaEnvironment = try await SSPExecutable.run(
            ["device", "info"], environment: ["SSP_DEVICE": device])
        #expect(viaEnvironment.status == 0)
        #expect(viaEnvironment.standardOutput.contains(hierarchy.euicc.parsed.subjectSerialNumber ?? "?"))
    }
}
