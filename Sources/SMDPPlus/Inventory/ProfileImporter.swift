import Foundation
import SAIP
import SGP22

/// Puts SAIP profile packages into the inventory: each becomes an `available` profile keyed by the ICCID of its
/// ProfileHeader, with the package bytes stored unchanged.
public struct ProfileImporter: Sendable {
    /// How imported profiles are described.
    public struct Options: Hashable, Sendable {
        /// The profile type of every imported profile; by default each file's name without its extension.
        public var profileType: String?
        /// The service provider name when the package's EF.SPN is empty (TS.48's are).
        public var serviceProviderName: String
        /// The profile class announced in the metadata.
        public var profileClass: ProfileClass

        /// Options with the defaults: type from the file name, provider `SSP Lab`, operational profiles.
        public init(
            profileType: String? = nil, serviceProviderName: String = "SSP Lab",
            profileClass: ProfileClass = .operational
        ) {
            self.profileType = profileType
            self.serviceProviderName = serviceProviderName
            self.profileClass = profileClass
        }
    }

    /// What an import of a folder did.
    public struct Report: Sendable {
        /// The profiles added.
        public var imported: [InventoryProfile] = []
        /// Files left out, with the reason.
        public var skipped: [(file: String, reason: String)] = []
    }

    /// The file extensions read as profile packages.
    public static let packageExtensions: Set<String> = ["der", "saip", "upp", "bin"]

    /// The inventory.
    public let storage: any SMDPStorage
    /// The import time.
    public let clock: @Sendable () -> Date

    /// An importer into `storage`.
    public init(storage: any SMDPStorage, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.storage = storage
        self.clock = clock
    }

    /// Imports every package file of `directory` (not recursing), in name order. Unreadable packages and ICCIDs
    /// already in the inventory are skipped and reported; storage failures are thrown.
    public func importDirectory(_ directory: URL, options: Options = Options()) async throws -> Report {
        let files = try FileManager.default.contentsOfDirectory(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey]
        )
        .filter { Self.packageExtensions.contains($0.pathExtension.lowercased()) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var report = Report()
        for file in files {
            do {
                let bytes = Array(try Data(contentsOf: file))
                let type = options.profileType ?? file.deletingPathExtension().lastPathComponent
                report.imported.append(try await importPackage(bytes, profileType: type, options: options))
            } catch let error as ProfilePackageError {
                report.skipped.append((file.lastPathComponent, "not a profile package: \(error)"))
            } catch SMDPStorageError.duplicateProfile(let iccid) {
                report.skipped.append((file.lastPathComponent, "ICCID \(iccid) is already in the inventory"))
            }
        }
        return report
    }

    /// Imports one package as an available profile of `profileType`.
    public func importPackage(
        _ bytes: [UInt8], profileType: String, options: Options = Options()
    ) async throws -> InventoryProfile {
        let package = try ProfilePackage(bytes: bytes)
        let packageName = (try? package.serviceProviderName) ?? nil
        let providerName = packageName.flatMap { $0.isEmpty ? nil : $0 } ?? options.serviceProviderName
        let profile = InventoryProfile(
            iccid: package.iccid, profileType: profileType, serviceProviderName: String(providerName.prefix(32)),
            profileName: String(profileType.prefix(64)), profileClass: options.profileClass, packageSize: bytes.count,
            importedAt: clock())
        try await storage.addProfile(profile, package: bytes)
        return profile
    }
}
