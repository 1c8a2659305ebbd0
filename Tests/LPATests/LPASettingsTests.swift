import Foundation
import SGP22
import SSPPKI
import Testing

@testable import LPA

/// The device's LPA settings file and what it turns into.
@Suite("LPA settings")
struct LPASettingsTests {
    @Test("settings survive a save and load; a missing file gives the defaults")
    func roundTrip() throws {
        let folder = try TestFolders.temporary()
        let file = folder.appendingPathComponent(LPASettings.fileName)
        #expect(try LPASettings.load(from: file) == LPASettings())

        let hierarchy = try TestHierarchy.generate()
        var settings = LPASettings(trustSystemRoots: false, deviceIMEI: "352906110000009")
        settings.trust(hierarchy.ci.parsed)
        settings.trust(hierarchy.ci.parsed)
        #expect(settings.trustedRoots.count == 1)
        try settings.save(to: file)
        let loaded = try LPASettings.load(from: file)
        #expect(loaded == settings)
        #expect(try loaded.trustedCertificates() == [hierarchy.ci.parsed])
        let trust = try loaded.serverTrust()
        #expect(trust.trustsSystemRoots == false && trust.additionalRoots == [hierarchy.ci.parsed])
    }

    @Test("TAC and IMEI become the DeviceInfo octets")
    func deviceInfo() throws {
        let info = try LPASettings(deviceTAC: "35290611", deviceIMEI: "352906110000009").deviceInfo()
        #expect(info.tac == [0x35, 0x29, 0x06, 0x11])
        #expect(info.imei == hex("53926011000000F9"))
        #expect(try LPASettings().deviceInfo().imei == nil)
    }

    @Test("malformed files, roots and values are refused with a sentence")
    func malformed() throws {
        let folder = try TestFolders.temporary()
        let file = folder.appendingPathComponent(LPASettings.fileName)
        for text in ["", "{", "[]", "{\"trustSystemRoots\": \"yes\", \"trustedRoots\": [], \"deviceTAC\": \"1\"}"] {
            try Data(text.utf8).write(to: file)
            #expect(throws: LPASettingsError.self) { try LPASettings.load(from: file) }
        }
        let badRoot = LPASettings(trustedRoots: ["-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"])
        let rootError = #expect(throws: LPASettingsError.self) { try badRoot.serverTrust() }
        #expect(rootError?.description.contains("number 1") == true)
        for tac in ["", "3529061", "352906111", "3529061A"] {
            #expect(throws: LPASettingsError.self) { try LPASettings(deviceTAC: tac).deviceInfo() }
        }
        #expect(throws: LPASettingsError.self) { try LPASettings(deviceIMEI: "12345").deviceInfo() }
    }

    @Test("trusting nothing at all is refused")
    func noTrust() {
        let error = #expect(throws: ES9PlusError.self) { try ServerTrust.only([]).tlsConfiguration() }
        #expect(error?.description.contains("no root is trusted") == true)
    }
}
