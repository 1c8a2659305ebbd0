import Foundation
import GRDB
import SAIP
import SGP22

/// The end of LoadBoundProfilePackage: the ISD-P is created, the Profile installed and its installation result
/// recorded, all in one database transaction, so that a power cut leaves either no Profile or the whole
/// Profile with its notification.
extension EUICC {
    /// Installs the Profile the loader has received in full and answers the signed success
    /// ProfileInstallationResult; or, if a check fails, the error one.
    func installProfile(download: DownloadSession, loader: BoundProfilePackageLoader) throws -> [UInt8] {
        let iccid = loader.metadata?.iccid
        do {
            guard let metadata = loader.metadata, let metadataDER = loader.metadataDER else {
                throw InstallationFailure(.storeMetadata, .scp03tStructureError, "no StoreMetadata was received")
            }
            let package: ProfilePackage
            do {
                package = try ProfilePackage(bytes: loader.profilePackage)
            } catch {
                throw InstallationFailure(.loadProfileElements, .installFailedDueToPEProcessingError, error.description)
            }
            try ProfileAdmission(configuration: configuration, rat: try rulesAuthorisationTable())
                .checkPackage(package, metadata: metadata)
            let capacity = configuration.profileMemoryCapacity
            let pir = try database.write("install profile") { db -> ProfileInstallationResult in
                guard
                    try ProfileRecord.filter(ProfileRecord.Columns.iccid == Data(metadata.iccid.bytes)).fetchCount(db)
                        == 0
                else {
                    throw InstallationFailure(
                        .storeMetadata, .installFailedDueToIccidAlreadyExistsOnEuicc, "ICCID \(metadata.iccid)")
                }
                let free = capacity - (try Self.usedProfileMemory(db))
                guard loader.profilePackage.count <= free else {
                    throw InstallationFailure(
                        .loadProfileElements, .installFailedDueToInsufficientMemoryForProfile,
                        "\(loader.profilePackage.count) bytes needed, \(free) free")
                }
                let used = Set(try Data.fetchAll(db, sql: "SELECT isdpAid FROM profile"))
                guard let aid = ISDPAllocator.nextFree(used: used) else {
                    throw InstallationFailure(
                        .configureISDP, .installFailedDueToInsufficientMemoryForProfile, "no ISD-P AID is free")
                }
                try ProfileRecord(
                    isdpAid: Data(aid), iccid: Data(metadata.iccid.bytes), state: ProfileRecord.disabledState,
                    profileClass: metadata.profileClass.code, nickname: nil, storeMetadata: Data(metadataDER),
                    dpProprietaryData: loader.dpProprietaryData.map { Data($0) },
                    smdpAddress: download.serverAddress, smdpOid: download.smdpOid.description,
                    profilePackage: Data(loader.profilePackage), installedAt: clock()
                ).insert(db)
                return try self.recordInstallationResult(
                    db, download: download, transactionId: loader.transactionId, iccid: metadata.iccid,
                    result: .successResult(SuccessResult(aid: aid, simaResponse: try SIMAResponse.success())))
            }
            session.retainedOneTimeKey = nil
            return try Self.encodeResponse(pir)
        } catch let failure as InstallationFailure {
            return try finishWithFailure(
                failure, download: download, transactionId: loader.transactionId, iccid: iccid)
        }
    }

    /// Signs a ProfileInstallationResult with the next sequence number and keeps it as the install
    /// notification, addressed to the SM-DP+ of the session; inside the caller's transaction.
    func recordInstallationResult(
        _ db: Database, download: DownloadSession, transactionId: TransactionId, iccid: Iccid?,
        result: ProfileInstallationResultData.FinalResult
    ) throws -> ProfileInstallationResult {
        let metadata = NotificationMetadata(
            seqNumber: try CardRecord.takeSequenceNumber(db), profileManagementOperation: .notificationInstall,
            notificationAddress: download.serverAddress, iccid: iccid)
        let data = ProfileInstallationResultData(
            transactionId: transactionId, notificationMetadata: metadata, smdpOid: download.smdpOid,
            finalResult: result)
        let signature = try identity.sign(try data.signedBytes())
        let pir = ProfileInstallationResult(
            profileInstallationResultData: data, euiccSignPIR: EuiccSignPIR(signature: signature))
        try NotificationList(identity: identity).recordInstallationResult(db, pir)
        return pir
    }
}
