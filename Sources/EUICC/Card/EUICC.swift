import Crypto
import Foundation
import GRDB
import SGP22
import SSPPKI
import APDU

/// One SGP.22 eUICC, living in one SQLite file: the ECASD with the eUICC identity, the ISD-R answering ES10a/b/c
/// (and the card half of ES8+), and one ISD-P per installed Profile.
///
/// Plug ``isdR`` and ``ecasd`` (or all of ``applications``) into an `APDUDispatcher` to talk to the card over
/// APDUs. Everything the card must remember (identity, trusted CIs, profiles with their packages, notifications
/// and their sequence counter, configured addresses) is in the file and survives restarts; what a real card
/// keeps in RAM (the challenge, the RSP session, the one-time key pair, the segments of a download) is in
/// memory only, and ``resetSession()`` drops it as a card reset would.
public actor EUICC {
    /// The card file.
    let database: CardDatabase
    /// The identity the ECASD holds.
    public nonisolated let identity: EUICCIdentity
    /// What kind of card this is.
    public nonisolated let configuration: EUICCConfiguration
    /// The card's notion of the current time, used to check certificate validity.
    let clock: @Sendable () -> Date
    /// The CIs the card verifies with, in the order they were added.
    var trustedIssuers: [TrustedCertificateIssuer]
    /// The RSP session state a real card keeps in RAM.
    var session = RSPSessionState()
    /// Why the last Profile download failed, in words (the ProfileInstallationResult only carries codes);
    /// for logs and tools, not part of any ES10 answer.
    public internal(set) var lastInstallationFailure: String?

    private init(
        database: CardDatabase, identity: EUICCIdentity, configuration: EUICCConfiguration,
        trustedIssuers: [TrustedCertificateIssuer], clock: @escaping @Sendable () -> Date
    ) {
        self.database = database
        self.identity = identity
        self.configuration = configuration
        self.trustedIssuers = trustedIssuers
        self.clock = clock
    }

    // MARK: Creating and opening

    /// Creates a new card file at `url` with an identity, the CIs it trusts and its configuration.
    ///
    /// - Parameters:
    ///   - rat: the Rules Authorisation Table: which Profile Policy Rules the card accepts from which operators.
    ///     By default PPR1 and PPR2 are allowed for every operator (MCC/MNC `EEEEEE`), without consent.
    ///   - clock: the card's time for certificate validity checks.
    /// - Throws: ``EUICCError/cardAlreadyExists(path:)`` if a file is already there.
    public static func create(
        at url: URL,
        identity: EUICCIdentity,
        trustedIssuers: [TrustedCertificateIssuer],
        configuration: EUICCConfiguration = EUICCConfiguration(),
        rat: RulesAuthorisationTable = EUICC.defaultRAT,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> EUICC {
        try configuration.validate()
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw EUICCError.cardAlreadyExists(path: url.path)
        }
        guard !trustedIssuers.isEmpty else {
            throw EUICCError.invalidConfiguration(reason: "a card must trust at least one CI")
        }
        try checkChain(of: identity, trustedIssuers: trustedIssuers, at: Date())
        let database = try CardDatabase(path: url.path)
        do {
            try initialize(
                database, identity: identity, trustedIssuers: trustedIssuers, configuration: configuration,
                rat: rat)
        } catch {
            // Leave no half-made card behind.
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: url.path + suffix)
            }
            throw error
        }
        return EUICC(
            database: database, identity: identity, configuration: configuration,
            trustedIssuers: uniqued(trustedIssuers), clock: clock)
    }

    /// When the card trusts the CI its own identity chains to, the identity must verify under it as an SM-DP+
    /// will verify it (eUICC → EUM → CI, EID within the EUM's range), now (the card is being made). An identity
    /// from a CI the card does not trust for verification is taken as it is.
    private static func checkChain(
        of identity: EUICCIdentity, trustedIssuers: [TrustedCertificateIssuer], at time: Date
    ) throws {
        guard let ci = trustedIssuers.first(where: { $0.keyIdentifier == identity.signingCIKeyIdentifier }) else {
            return
        }
        do {
            _ = try ChainVerifier().verify(
                leaf: identity.certificate, intermediates: [identity.eumCertificate], roots: [ci.certificate],
                at: time, expecting: .euicc)
        } catch {
            throw EUICCError.invalidIdentity(reason: "the eUICC certificate does not verify under its CI: \(error)")
        }
    }

    /// Writes the card row and the trusted CIs of a new card, in one transaction.
    private static func initialize(
        _ database: CardDatabase, identity: EUICCIdentity, trustedIssuers: [TrustedCertificateIssuer],
        configuration: EUICCConfiguration, rat: RulesAuthorisationTable
    ) throws {
        let record = CardRecord(
            eid: Data(identity.eid.bcd),
            euiccCertificate: Data(identity.certificate.derBytes),
            euiccPrivateKey: identity.privateKey.rawRepresentation,
            eumCertificate: Data(identity.eumCertificate.derBytes),
            defaultDpAddress: configuration.defaultDpAddress,
            rootDsAddress: configuration.rootDsAddress,
            nextSequenceNumber: 1,
            configuration: try encode(configuration),
            rat: Data(try rat.derBytes()),
            createdAt: Date())
        try database.write("create card") { db in
            try record.insert(db)
            for issuer in trustedIssuers {
                try TrustedIssuerRecord(
                    subjectKeyIdentifier: Data(issuer.keyIdentifier), certificate: Data(issuer.certificate.derBytes)
                ).save(db)
            }
        }
    }

    /// Opens an existing card file.
    public static func open(at url: URL, clock: @escaping @Sendable () -> Date = { Date() }) throws -> EUICC {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw EUICCError.notACard(reason: "no file at \(url.path)")
        }
        let database = try CardDatabase(path: url.path)
        let (record, issuers) = try database.read("open card") { db in
            (try CardRecord.fetch(db), try TrustedIssuerRecord.order(Column("rowid")).fetchAll(db))
        }
        let identity: EUICCIdentity
        let configuration: EUICCConfiguration
        let trusted: [TrustedCertificateIssuer]
        do {
            identity = try EUICCIdentity(
                certificate: PKICertificate(derEncoded: record.euiccCertificate),
                privateKey: P256.Signing.PrivateKey(rawRepresentation: record.euiccPrivateKey),
                eumCertificate: PKICertificate(derEncoded: record.eumCertificate))
            configuration = try JSONDecoder().decode(EUICCConfiguration.self, from: Data(record.configuration.utf8))
            trusted = try issuers.map {
                try TrustedCertificateIssuer(certificate: PKICertificate(derEncoded: $0.certificate))
            }
        } catch {
            throw EUICCError.notACard(reason: "the card row of \(url.path) is damaged: \(error)")
        }
        return EUICC(
            database: database, identity: identity, configuration: configuration, trustedIssuers: trusted,
            clock: clock)
    }

    /// The default Rules Authorisation Table: PPR1 and PPR2 allowed for any operator, no consent required.
    public static var defaultRAT: RulesAuthorisationTable {
        RulesAuthorisationTable(rules: [
            ProfilePolicyAuthorisationRule(
                pprIds: [.ppr1, .ppr2],
                allowedOperators: [OperatorId(mccMnc: [0xEE, 0xEE, 0xEE])],
                pprFlags: [])
        ])
    }

    // MARK: Applications

    /// The ISD-R, to register with an `APDUDispatcher`.
    public nonisolated var isdR: ISDRApplication { ISDRApplication(card: self) }
    /// The ECASD, to register with an `APDUDispatcher`.
    public nonisolated var ecasd: ECASDApplication { ECASDApplication(card: self) }
    /// Both applications.
    public nonisolated var applications: [any CardApplication] { [isdR, ecasd] }

    /// The EID.
    public nonisolated var eid: EID { identity.eid }

    /// Where the card file is.
    public nonisolated var path: String { database.path }

    /// Drops everything a card keeps in RAM: the challenge, the RSP session with its one-time key pair and
    /// any partly received Bound Profile Package. Call it when the card is powered off or reset.
    public func resetSession() {
        session = RSPSessionState()
    }

    // MARK: Trusted CIs

    /// The CIs the card verifies RSP server certificates with.
    public var certificateIssuers: [TrustedCertificateIssuer] { trustedIssuers }

    /// Adds a CI to the trusted list (for instance the SGP.26 test CI), persistently.
    public func trust(_ issuer: TrustedCertificateIssuer) throws {
        try database.write("trust CI") { db in
            try TrustedIssuerRecord(
                subjectKeyIdentifier: Data(issuer.keyIdentifier), certificate: Data(issuer.certificate.derBytes)
            ).save(db)
        }
        trustedIssuers = Self.uniqued(trustedIssuers + [issuer])
    }

    /// Removes the CI with this key identifier from the trusted list.
    public func distrust(keyIdentifier: [UInt8]) throws {
        _ = try database.write("distrust CI") { db in
            try TrustedIssuerRecord.deleteOne(db, key: Data(keyIdentifier))
        }
        trustedIssuers.removeAll { $0.keyIdentifier == keyIdentifier }
    }

    // MARK: Helpers

    private static func encode(_ configuration: EUICCConfiguration) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(configuration), as: UTF8.self)
    }

    private static func uniqued(_ issuers: [TrustedCertificateIssuer]) -> [TrustedCertificateIssuer] {
        var seen: Set<[UInt8]> = []
        var result: [TrustedCertificateIssuer] = []
        for issuer in issuers.reversed() where seen.insert(issuer.keyIdentifier).inserted {
            result.insert(issuer, at: 0)
        }
        return result
    }
}
