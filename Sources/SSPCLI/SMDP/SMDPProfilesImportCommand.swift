import ArgumentParser
import Foundation
import SGP22
import SMDPPlus

/// `ssp smdp profiles import DIR`: every SAIP package in DIR becomes an available profile.
struct SMDPProfilesImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the SAIP profile packages (*.der) of a folder, e.g. ../shared/data/ts48.",
        discussion: """
            Each package becomes an available profile keyed by the ICCID of its ProfileHeader; its profile type \
            is the file name without extension unless --type is given. ICCIDs already in stock are skipped.
            """
    )

    @Argument(help: "The folder of profile packages.")
    var directory: String

    @OptionGroup var options: SMDPOptions

    @Option(help: "The profile type of every imported profile (default: each file's name).")
    var type: String?

    @Option(help: "The service provider name when a package has none.")
    var provider: String = "SSP Lab"

    @Option(name: .customLong("class"), help: "The profile class: test, provisioning or operational.")
    var profileClass: String = "operational"

    init() {}

    func run() async throws {
        let configuration = try options.configuration()
        let storage = try SQLiteStorage(path: configuration.databasePath)
        let importer = ProfileImporter(storage: storage)
        let report = try await importer.importDirectory(
            URL(fileURLWithPath: directory),
            options: ProfileImporter.Options(
                profileType: type, serviceProviderName: provider, profileClass: try Self.profileClass(profileClass)))
        for profile in report.imported {
            print("imported \(profile.iccid)  \(profile.profileType)  (\(profile.packageSize) bytes)")
        }
        for skipped in report.skipped {
            print("skipped  \(skipped.file): \(skipped.reason)")
        }
        print("\(report.imported.count) imported, \(report.skipped.count) skipped, into \(configuration.databasePath)")
    }

    static func profileClass(_ text: String) throws -> ProfileClass {
        switch text.lowercased() {
        case "test": return .test
        case "provisioning": return .provisioning
        case "operational": return .operational
        default: throw SMDPCommandError.badProfileClass(text)
        }
    }
}
