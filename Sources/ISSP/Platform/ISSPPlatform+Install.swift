import EUICC
import Foundation
import GRDB
import SGP22
import SPB
import SSPCrypto
import SSPPKI

/// Installing a verified image: every check first, then one transaction; the RSP card file is made
/// before the transaction under a temporary name and put in place after it commits.
extension ISSPPlatform {
    /// Why an installation was refused, as Si3 reports it, with the text for logs.
    struct InstallationRefusal: Error, CustomStringConvertible {
        let reason: SpblErrorReason
        let detail: String
        var description: String { "\(reason): \(detail)" }
    }

    /// Installs `image`, leaving the bundle `initialState` (Enabled by default).
    ///
    /// - Returns: the new bundle and the signed installation result.
    /// - Throws: ``InstallationRefusal`` with nothing installed.
    func install(_ image: VerifiedBundleImage, initialState: SpbState = .enabled) async throws
        -> (InstalledBundle, SpbInstallationResult)
    {
        let spbId = image.metadata.spbId
        let bundleClass = image.content.telecomBundleClass
        let target: SpbState
        do {
            target = try TelecomBundleStateMachine.target(of: .install, from: nil, installAs: initialState)
        } catch {
            throw InstallationRefusal(reason: .incorrectInputValues, detail: "\(error)")
        }
        guard supportedBundleClasses.contains(bundleClass) else {
            throw InstallationRefusal(reason: .unsupportedBundleClass, detail: "\(bundleClass) is not hosted")
        }
        guard image.metadata.telecomBundleClass == bundleClass else {
            throw InstallationRefusal(
                reason: .bundleClassMismatch,
                detail: "the metadata says \(image.metadata.telecomBundleClass), the image is \(bundleClass)")
        }
        let size = image.metadata.spbSize
        let free = try freeSpace()
        guard size <= free else {
            throw InstallationRefusal(reason: .insufficientMemory, detail: "needs \(size) bytes, \(free) free")
        }
        var iccid: Data?
        if case .standaloneBundleImage(let standalone) = image.content { iccid = Data(standalone.iccid.bytes) }
        // Checked again inside the installing transaction; checked here so no card file is made in vain.
        try database.read("check the new bundle") { db in
            try checkNew(spbId: spbId, iccid: iccid, transactionId: image.transactionId, in: db)
        }
        var sequenceNumbers: String?
        var content: Data?
        var cardFile: String?
        do {
            content = Data(try image.content.derBytes())
            switch image.content {
            case .standaloneBundleImage(let standalone):
                // The keys must make a working USIM before the bundle is accepted.
                _ = try StandaloneUICC(image: standalone, sequenceNumbers: SequenceNumberArray())
                sequenceNumbers = try StandaloneUICC.encode(SequenceNumberArray())
            case .rspBundleImage(let rsp):
                content = nil
                cardFile = PlatformDirectory.cardFileName(for: spbId.description)
                try createCard(for: spbId, identity: rsp.euiccIdentity, defaultSmdpAddress: rsp.defaultSmdpAddress)
            case .m2mBundleImage:
                break
            }
        } catch let refusal as InstallationRefusal {
            throw refusal
        } catch {
            throw InstallationRefusal(reason: .imageProcessingError, detail: "the image cannot be used: \(error)")
        }
        let partial = cardDirectory.appendingPathComponent(spbId.description + PlatformDirectory.partialSuffix)
        let record = BundleRecord(
            spbId: Data(spbId.bytes), bundleClass: bundleClass.code, state: target.code, port: nil,
            metadata: Data(try image.metadata.derBytes()), content: content, spbSize: size, iccid: iccid,
            transactionId: Data(image.transactionId.bytes),
            notificationAddress: image.metadata.spbmAddress ?? image.spbmAddress, sequenceNumbers: sequenceNumbers,
            profilesInfo: nil, cardFile: cardFile, installedAt: Date())
        let result: SpbInstallationResult
        do {
            result = try database.write("install \(spbId)") { db in
                try checkNew(spbId: spbId, iccid: iccid, transactionId: image.transactionId, in: db)
                try record.insert(db)
                try ConsumedTransactionRecord(transactionId: record.transactionId, consumedAt: Date()).insert(db)
                return try installationResult(
                    transactionId: image.transactionId, spbmAddress: image.spbmAddress, spbId: spbId,
                    outcome: .installed, in: db)
            }
        } catch {
            if cardFile != nil { try? PlatformDirectory.removeCard(at: partial) }
            throw error
        }
        // Committed: the bundle exists. Put its card file in place and open it.
        if let cardFile {
            try PlatformDirectory.promote(partial, to: cardDirectory.appendingPathComponent(cardFile))
            try host(spbId: spbId, cardFile: cardFile)
            try await refreshProfilesCache(spbId)
        }
        return (try installedBundle(record), result)
    }

    /// Records a failed load: the transaction is consumed and a signed failure result is returned.
    func recordFailedInstallation(
        transactionId: TransactionId, spbmAddress: String, spbId: SpbId?, reason: SpblErrorReason
    ) throws -> SpbInstallationResult {
        try database.write("record a failed installation") { db in
            let key = Data(transactionId.bytes)
            if try !ConsumedTransactionRecord.exists(db, key: key) {
                try ConsumedTransactionRecord(transactionId: key, consumedAt: Date()).insert(db)
            }
            return try installationResult(
                transactionId: transactionId, spbmAddress: spbmAddress, spbId: spbId, outcome: .failed(reason), in: db)
        }
    }

    /// Whether a transaction's image was already loaded.
    func isConsumed(_ transactionId: TransactionId) throws -> Bool {
        try database.read("check transaction") { db in
            try ConsumedTransactionRecord.exists(db, key: Data(transactionId.bytes))
        }
    }

    // MARK: Internals

    /// Refuses a bundle, ICCID or transaction the platform has seen before, inside the install transaction.
    private func checkNew(spbId: SpbId, iccid: Data?, transactionId: TransactionId, in db: Database) throws {
        let key = Data(spbId.bytes)
        if try BundleRecord.exists(db, key: key) || TombstoneRecord.exists(db, key: key) {
            throw InstallationRefusal(reason: .spbAlreadyExists, detail: "bundle \(spbId) was installed before")
        }
        if let iccid, try BundleRecord.filter(BundleRecord.Columns.iccid == iccid).fetchCount(db) > 0 {
            throw InstallationRefusal(reason: .iccidAlreadyExists, detail: "the ICCID is already installed")
        }
        if try ConsumedTransactionRecord.exists(db, key: Data(transactionId.bytes)) {
            throw InstallationRefusal(reason: .invalidTransactionId, detail: "the transaction was already loaded")
        }
    }

    /// The signed SpbInstallationResult, its sequence number taken in the caller's transaction.
    private func installationResult(
        transactionId: TransactionId, spbmAddress: String, spbId: SpbId?, outcome: SpbInstallationOutcome,
        in db: Database
    ) throws -> SpbInstallationResult {
        try binding.installationResult(
            transactionId: transactionId, seqNumber: try PlatformRecord.takeSequenceNumber(db),
            spbmAddress: spbmAddress, spbId: spbId, outcome: outcome)
    }

    /// Creates the RSP bundle's eUICC card file, complete and closed, under its temporary name.
    private func createCard(for spbId: SpbId, identity: EuiccIdentity, defaultSmdpAddress: String?) throws {
        let partial = cardDirectory.appendingPathComponent(spbId.description + PlatformDirectory.partialSuffix)
        try PlatformDirectory.removeCard(at: partial)
        do {
            let euiccIdentity = try EUICCIdentity(
                certificate: PKICertificate(identity.euiccCertificate), privateKey: identity.signingKey,
                eumCertificate: PKICertificate(identity.eumCertificate))
            guard euiccIdentity.eid == identity.eid else {
                throw InstallationRefusal(
                    reason: .imageProcessingError, detail: "the image's EID is not the one its certificate names")
            }
            let issuers = try identity.trustedCiCertificates.map {
                try TrustedCertificateIssuer(certificate: PKICertificate($0))
            }
            // The card is dropped at the end of this scope, which closes its file before the rename.
            _ = try EUICC.create(
                at: partial, identity: euiccIdentity, trustedIssuers: issuers,
                configuration: EUICCConfiguration(defaultDpAddress: defaultSmdpAddress), clock: clock)
        } catch let refusal as InstallationRefusal {
            try? PlatformDirectory.removeCard(at: partial)
            throw refusal
        } catch {
            try? PlatformDirectory.removeCard(at: partial)
            throw InstallationRefusal(reason: .imageProcessingError, detail: "the eUICC cannot be created: \(error)")
        }
    }
}
