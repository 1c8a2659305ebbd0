import APDU
import Crypto
import EUICC
import Foundation
import GRDB
import SGP22
import SPB
import SSPPKI

/// An iSSP: the Primary Platform with its SPB Loader, hosting Telecom Bundles (Standalone, RSP, M2M),
/// living in one directory.
///
/// ```
/// DIR/platform.sqlite            the platform: identity, SPBL credentials, family CIs, bundles, ports,
///                                tombstones, consumed transactions, the notification counter
/// DIR/cards/<SPB id>.card        the eUICC card file of each RSP bundle (module EUICC)
/// DIR/cards/<SPB id>.card.partial  a card file being created (see docs/issp.md, "Persistence")
/// ```
/// The LBA reaches the SPBL over APDUs through ``dispatcher`` (Si3 as STORE DATA to the SPBL AID) and each
/// RSP bundle's ISD-R through that bundle's own dispatcher (``cardInterface(for:)``). Everything a real
/// platform keeps in non-volatile memory is in the directory and survives restarts; the SPBL session
/// (challenge, ephemeral key) is in RAM only.
public actor ISSPPlatform {
    /// The platform directory.
    public nonisolated let directory: URL
    /// The platform file.
    let database: PlatformDatabase
    /// The SPBL's certificate, key and maker certificate.
    public nonisolated let credentials: SPBLCredentials
    /// Module SPB's SPBL half of the Si2/Si3 security, with the SPBL's key.
    nonisolated let binding: SpblBinding
    /// Part number, firmware version and limits.
    public nonisolated let configuration: PlatformConfiguration
    /// The platform's APDU interface: the SPBL application at its AID, for Si3.
    public nonisolated let dispatcher: APDUDispatcher
    /// The card's notion of now, for certificate validity.
    let clock: @Sendable () -> Date
    /// The SPB families the SPBL supports, with their CIs.
    var families: [SpbFamilyTrust]
    /// The open eUICC of each installed RSP bundle, with its dispatcher.
    var hostedBundles: [SpbId: HostedRSPBundle] = [:]
    /// What the SPBL keeps in RAM between Si3 calls of one download.
    var spblSession = SPBLSessionState()

    /// The platform file's name.
    public static let databaseFileName = "platform.sqlite"
    /// The folder of RSP bundles' card files.
    public static let cardDirectoryName = "cards"

    private init(
        directory: URL, database: PlatformDatabase, credentials: SPBLCredentials,
        configuration: PlatformConfiguration, families: [SpbFamilyTrust], clock: @escaping @Sendable () -> Date
    ) throws {
        self.directory = directory
        self.database = database
        self.credentials = credentials
        self.binding = try credentials.binding()
        self.configuration = configuration
        self.families = families
        self.clock = clock
        self.dispatcher = APDUDispatcher(answerToReset: .euicc)
    }

    /// The Primary Platform identifier (from the SPBL certificate).
    public nonisolated var identifier: PrimaryPlatformIdentifier { credentials.platformIdentifier }
    /// The platform's limits.
    public nonisolated var limits: PlatformLimits { configuration.limits }
    /// The SPB families the SPBL supports.
    public var supportedFamilies: [SpbFamilyTrust] { families }
    /// The Telecom Bundle Classes this platform hosts.
    public nonisolated var supportedBundleClasses: [TelecomBundleClass] { [.standalone, .rsp, .m2m] }

    // MARK: Creating and opening

    /// Creates a new platform in `directory` (created if needed; it must not hold a platform yet).
    ///
    /// - Parameters:
    ///   - credentials: the SPBL's certificate and key; the certificate must chain (SPBL → iSSP maker →
    ///     family CI) to the CI of one of `families`.
    ///   - families: the SPB families the SPBL supports, with their CIs, most preferred first.
    ///   - clock: the platform's time, for certificate validity.
    public static func create(
        at directory: URL, credentials: SPBLCredentials, families: [SpbFamilyTrust],
        configuration: PlatformConfiguration = PlatformConfiguration(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> ISSPPlatform {
        try configuration.limits.validate()
        guard !families.isEmpty else {
            throw ISSPError.invalidConfiguration(reason: "the SPBL must support at least one SPB family")
        }
        let roots = families.flatMap(\.certificateIssuers)
        do {
            _ = try ChainVerifier().verify(
                leaf: credentials.certificate, intermediates: [credentials.makerCertificate], roots: roots,
                at: clock(), expecting: .spbl)
        } catch {
            throw ISSPError.invalidConfiguration(reason: "the SPBL certificate does not chain to a family CI: \(error)")
        }
        let databaseURL = directory.appendingPathComponent(databaseFileName)
        guard !FileManager.default.fileExists(atPath: databaseURL.path) else {
            throw ISSPError.platformAlreadyExists(path: directory.path)
        }
        try PlatformDirectory.prepare(directory)
        let database = try PlatformDatabase(path: databaseURL.path)
        let limits = String(decoding: try JSONEncoder().encode(configuration.limits), as: UTF8.self)
        try database.write("create platform") { db in
            try PlatformRecord(
                platformId: credentials.platformIdentifier.value, partNumber: configuration.partNumber.description,
                firmwareVersion: Data(configuration.firmwareVersion.bytes), limits: limits,
                spblCertificate: Data(credentials.certificate.derBytes),
                makerCertificate: Data(credentials.makerCertificate.derBytes),
                spblPrivateKey: credentials.privateKey.rawRepresentation, nextSequenceNumber: 1, createdAt: Date()
            ).insert(db)
            try FamilyCIRecord.store(families, in: db)
        }
        let platform = try ISSPPlatform(
            directory: directory, database: database, credentials: credentials, configuration: configuration,
            families: families, clock: clock)
        await platform.start()
        return platform
    }

    /// Opens the platform in `directory`, finishing or undoing any card file a power cut left half made.
    public static func open(at directory: URL, clock: @escaping @Sendable () -> Date = { Date() }) async throws
        -> ISSPPlatform
    {
        let databaseURL = directory.appendingPathComponent(databaseFileName)
        guard FileManager.default.fileExists(atPath: databaseURL.path) else {
            throw ISSPError.notAPlatform(reason: "no \(databaseFileName) in \(directory.path)")
        }
        let database = try PlatformDatabase(path: databaseURL.path)
        let (record, familyRecords, bundles) = try database.read("open platform") { db in
            (
                try PlatformRecord.fetch(db), try FamilyCIRecord.order(Column("position")).fetchAll(db),
                try BundleRecord.fetchAll(db)
            )
        }
        let credentials: SPBLCredentials
        let configuration: PlatformConfiguration
        let families: [SpbFamilyTrust]
        do {
            credentials = try SPBLCredentials(
                certificate: PKICertificate(derEncoded: record.spblCertificate),
                privateKey: P256.Signing.PrivateKey(rawRepresentation: record.spblPrivateKey),
                makerCertificate: PKICertificate(derEncoded: record.makerCertificate))
            let version = Array(record.firmwareVersion)
            guard version.count == 3 else { throw ISSPError.notAPlatform(reason: "the firmware version is damaged") }
            configuration = PlatformConfiguration(
                partNumber: try PrimaryPlatformPartNumber(parsing: record.partNumber),
                firmwareVersion: VersionType(major: version[0], minor: version[1], revision: version[2]),
                limits: try JSONDecoder().decode(PlatformLimits.self, from: Data(record.limits.utf8)))
            families = try FamilyCIRecord.families(from: familyRecords)
        } catch {
            throw ISSPError.notAPlatform(reason: "the platform row of \(databaseURL.path) is damaged: \(error)")
        }
        try PlatformDirectory.recover(directory, bundles: bundles)
        let platform = try ISSPPlatform(
            directory: directory, database: database, credentials: credentials, configuration: configuration,
            families: families, clock: clock)
        try await platform.hostInstalledCards(bundles)
        await platform.start()
        return platform
    }

    /// Registers the SPBL with the platform's dispatcher.
    private func start() async {
        await dispatcher.register(SPBLApplication(platform: self))
    }

    /// Opens the card of every installed RSP bundle.
    private func hostInstalledCards(_ bundles: [BundleRecord]) throws {
        for record in bundles where TelecomBundleClass(code: record.bundleClass) == .rsp {
            try host(spbId: try Self.spbId(of: record), cardFile: record.cardFile)
        }
    }

    // MARK: Helpers

    /// The SPB identifier of a row.
    static func spbId(of record: BundleRecord) throws -> SpbId {
        do {
            return try SpbId(bytes: Array(record.spbId))
        } catch {
            throw ISSPError.notAPlatform(reason: "a bundle row has a malformed SPB identifier: \(error)")
        }
    }

    /// The folder of card files.
    nonisolated var cardDirectory: URL { directory.appendingPathComponent(Self.cardDirectoryName) }
}
