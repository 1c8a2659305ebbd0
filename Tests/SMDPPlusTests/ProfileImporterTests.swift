import Foundation
import SAIP
import SGP22
import SMDPPlus
import Testing

/// Stocking the inventory from the TS.48 packages, and what happens to files that are not packages.
@Suite("Profile import")
struct ProfileImporterTests {
    func storage() throws -> SQLiteStorage {
        try SQLiteStorage(path: try TestData.temporaryDirectory().appendingPathComponent("smdp.sqlite").path)
    }

    @Test("every TS.48 package becomes an available profile under its ICCID and file name, once")
    func importTS48() async throws {
        let storage = try storage()
        let importer = ProfileImporter(storage: storage)
        let files = try FileManager.default.contentsOfDirectory(atPath: TestData.ts48.path).filter {
            $0.hasSuffix(".der")
        }
        let report = try await importer.importDirectory(TestData.ts48)
        #expect(report.imported.count == files.count)
        #expect(report.skipped.isEmpty)
        #expect(Set(report.imported.map(\.iccid)).count == files.count)
        for profile in report.imported {
            let bytes = try TestData.bytes("ts48/\(profile.profileType).der")
            #expect(try ProfilePackage(bytes: bytes).iccid == profile.iccid)
            #expect(try await storage.profilePackage(iccid: profile.iccid) == bytes)
            #expect(profile.state == .available)
            #expect(profile.serviceProviderName == "SSP Lab")
        }
        let again = try await importer.importDirectory(TestData.ts48)
        #expect(again.imported.isEmpty)
        #expect(again.skipped.count == files.count)
        #expect(again.skipped.allSatisfy { $0.reason.contains("already in the inventory") })
    }

    @Test("files that are not profile packages are skipped with a reason")
    func hostileFiles() async throws {
        let folder = try TestData.temporaryDirectory()
        let real = try TestData.bytes("ts48/TS48V1-A-UNIQUE.der")
        try Data(real.prefix(real.count / 2)).write(to: folder.appendingPathComponent("truncated.der"))
        try Data().write(to: folder.appendingPathComponent("empty.der"))
        try Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(
            to: folder.appendingPathComponent("noise.der"))
        try Data([0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF]).write(to: folder.appendingPathComponent("huge-length.der"))
        try Data("not a package".utf8).write(to: folder.appendingPathComponent("README.txt"))
        try Data(real).write(to: folder.appendingPathComponent("good.der"))
        let report = try await ProfileImporter(storage: try storage()).importDirectory(
            folder, options: ProfileImporter.Options(profileType: "LAB", serviceProviderName: "Op", profileClass: .test)
        )
        #expect(report.imported.map(\.profileType) == ["LAB"])
        #expect(report.imported.first?.profileClass == .test)
        #expect(report.imported.first?.serviceProviderName == "Op")
        #expect(Set(report.skipped.map(\.file)) == ["truncated.der", "empty.der", "noise.der", "huge-length.der"])
    }
}
