import Foundation
import SPB
import SSPPKI
import Testing

@testable import ISSP

@Suite("Creating and opening a platform")
struct PlatformSetupTests {
    @Test("The SPBL credentials load from a hierarchy on disk and from single files")
    func credentialsFromFiles() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let pki = lab.directory.appendingPathComponent("pki")
        for identity in lab.hierarchy.identities {
            guard let folder = HierarchyLayout.folder(for: identity.role) else { continue }
            let url = pki.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try identity.certificatePEM.write(
                to: url.appendingPathComponent(HierarchyLayout.certificatePEM), atomically: true, encoding: .utf8)
            try identity.privateKeyPEM.write(
                to: url.appendingPathComponent(HierarchyLayout.privateKeyPEM), atomically: true, encoding: .utf8)
        }
        let fromHierarchy = try SPBLCredentials(hierarchyDirectory: pki)
        #expect(fromHierarchy.platformIdentifier.value == lab.hierarchy.platformIdentifier)
        let fromFiles = try SPBLCredentials(
            certificateFile: pki.appendingPathComponent("spbl/cert.pem"),
            privateKeyFile: pki.appendingPathComponent("spbl/key.pem"),
            makerCertificateFile: pki.appendingPathComponent("issp-maker/cert.pem"))
        #expect(fromFiles.certificate == lab.credentials.certificate)
        let platform = try await ISSPPlatform.create(
            at: lab.directory.appendingPathComponent("platform"), credentials: fromFiles, families: lab.families)
        #expect(platform.identifier == fromFiles.platformIdentifier)
        // Mismatched files are refused.
        #expect(throws: ISSPError.self) {
            try SPBLCredentials(
                certificateFile: pki.appendingPathComponent("spbl/cert.pem"),
                privateKeyFile: pki.appendingPathComponent("euicc/key.pem"),
                makerCertificateFile: pki.appendingPathComponent("issp-maker/cert.pem"))
        }
        #expect(throws: ISSPError.self) {
            try SPBLCredentials(
                certificateFile: pki.appendingPathComponent("euicc/cert.pem"),
                privateKeyFile: pki.appendingPathComponent("euicc/key.pem"),
                makerCertificateFile: pki.appendingPathComponent("issp-maker/cert.pem"))
        }
    }

    @Test("An SPBL whose chain ends in another family's CI cannot create a platform")
    func foreignSPBL() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let other = try TestHierarchy.generate()
        let foreign = try SPBLCredentials(spbl: other.spbl, maker: other.isspMaker)
        await #expect(throws: ISSPError.self) {
            try await ISSPPlatform.create(at: lab.directory, credentials: foreign, families: lab.families)
        }
        await #expect(throws: ISSPError.self) {
            try await ISSPPlatform.create(at: lab.directory, credentials: lab.credentials, families: [])
        }
    }

    @Test("A platform is created once; its description survives reopening; a damaged directory is refused")
    func createAndReopen() async throws {
        let lab = try TestLab()
        defer { lab.cleanUp() }
        let configuration = PlatformConfiguration(
            partNumber: try PrimaryPlatformPartNumber(parsing: "Acme/iSSP-2/EAL5+/1.2.3"),
            limits: PlatformLimits(bundleMemory: 1 << 20, maximumActiveBundles: 1, modemPorts: 3))
        let platform = try await ISSPPlatform.create(
            at: lab.directory, credentials: lab.credentials, families: lab.families, configuration: configuration)
        let info = try await platform.spblInfo()
        #expect(info.partNumber == "Acme/iSSP-2/EAL5+/1.2.3")
        #expect(info.activeSpbLimit == 1)
        #expect(info.freeSpace == 1 << 20)
        #expect(info.supportedFamilies.first?.ciPKIds == [lab.hierarchy.spbCI.parsed.subjectKeyIdentifier ?? []])
        await #expect(throws: ISSPError.platformAlreadyExists(path: lab.directory.path)) {
            try await ISSPPlatform.create(at: lab.directory, credentials: lab.credentials, families: lab.families)
        }
        let reopened = try await lab.reopenPlatform()
        #expect(reopened.configuration == configuration)
        #expect(reopened.identifier == platform.identifier)
        #expect(await reopened.supportedFamilies == lab.families)

        let empty = lab.directory.appendingPathComponent("empty")
        await #expect(throws: ISSPError.self) { try await ISSPPlatform.open(at: empty) }
        let garbage = lab.directory.appendingPathComponent("garbage")
        try FileManager.default.createDirectory(at: garbage, withIntermediateDirectories: true)
        try Data("not a database".utf8).write(to: garbage.appendingPathComponent(ISSPPlatform.databaseFileName))
        await #expect(throws: ISSPError.self) { try await ISSPPlatform.open(at: garbage) }
    }
}
