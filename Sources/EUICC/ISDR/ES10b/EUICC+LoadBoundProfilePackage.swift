import APDU
import Crypto
import Foundation
import GRDB
import SGP22
import SSPCrypto

/// ES10b.LoadBoundProfilePackage (SGP.22 §5.7.6) with the ES8+ commands it carries (§5.5):
/// InitialiseSecureChannel, ConfigureISDP, StoreMetadata, ReplaceSessionKeys and the profile elements.
extension EUICC {
    /// Takes one segment of the Bound Profile Package. Segments before the last are answered with no data;
    /// the last '86' (or the first failure) is answered with a signed ProfileInstallationResult (BF37),
    /// which is also kept as the install notification. Any failure ends the RSP session.
    ///
    /// Without a prepared download session (AuthenticateServer and PrepareDownload done) there is nothing to
    /// bind the package to, nor an SM-DP+ to report to: the segment is refused with `6985`.
    func loadBoundProfilePackageSegment(_ command: [UInt8], tag: UInt32) throws -> [UInt8] {
        guard var download = session.download, let preparation = download.preparation else {
            throw CardStatusError(
                .conditionsNotSatisfied,
                reason: "LoadBoundProfilePackage needs AuthenticateServer and PrepareDownload first")
        }
        guard var loader = download.loader else {
            do {
                download.loader = try initialiseSecureChannel(command, download: download, preparation: preparation)
                session.download = download
                return []
            } catch {
                return try finishWithFailure(error, download: download, transactionId: download.transactionId)
            }
        }
        do {
            switch try loader.accept(command) {
            case .continuing:
                if loader.currentCommand == .loadProfileElements {
                    try checkMemory(for: loader.profilePackage.count)
                }
            case .metadataComplete(let metadata, _):
                try ProfileAdmission(configuration: configuration, rat: try rulesAuthorisationTable())
                    .checkMetadata(metadata)
                try checkICCIDIsNew(metadata.iccid)
            case .packageComplete:
                session.download = nil
                return try installProfile(download: download, loader: loader)
            }
        } catch let failure as InstallationFailure {
            return try finishWithFailure(
                failure, download: download, transactionId: loader.transactionId,
                iccid: loader.metadata?.iccid)
        }
        download.loader = loader
        session.download = download
        return []
    }

    /// The first segment: 'BF36' header and InitialiseSecureChannel (BF23). Checks it and derives the session
    /// keys from otSK.EUICC.ECKA and otPK.DP.ECKA.
    private func initialiseSecureChannel(
        _ command: [UInt8], download: DownloadSession, preparation: PreparedDownload
    ) throws(InstallationFailure) -> BoundProfilePackageLoader {
        var reader = BoundProfilePackageSegmentReader()
        let request: InitialiseSecureChannelRequest
        do {
            guard case .initialiseSecureChannel(let first) = try reader.read(command) else {
                throw InstallationFailure(.initialiseSecureChannel, .scp03tStructureError, "not a BF36 segment")
            }
            request = first
        } catch let error as BoundProfilePackageSegmentError {
            throw InstallationFailure(.initialiseSecureChannel, .scp03tStructureError, error.description)
        } catch let failure as InstallationFailure {
            throw failure
        } catch {
            throw InstallationFailure(.initialiseSecureChannel, .scp03tStructureError, "\(error)")
        }
        guard request.remoteOpId == .installBoundProfilePackage else {
            throw InstallationFailure(
                .initialiseSecureChannel, .unsupportedRemoteOperationType, "remoteOpId \(request.remoteOpId.code)")
        }
        guard request.transactionId == download.transactionId else {
            throw InstallationFailure(
                .initialiseSecureChannel, .invalidTransactionId,
                "transactionId \(request.transactionId) is not the session's \(download.transactionId)")
        }
        let crt = request.controlRefTemplate
        guard crt.keyType == BSPSessionKeys.aesKeyType, crt.keyLen == BSPSessionKeys.aes128KeyLength else {
            throw InstallationFailure(
                .initialiseSecureChannel, .unsupportedCrtValues, "keyType \(crt.keyType), keyLen \(crt.keyLen)")
        }
        guard let signed = try? request.signedBytes(euiccOtpk: preparation.oneTimePublicKey),
            preparation.bindingKey.isValidSignature(rawBytes: request.smdpSign, for: signed)
        else {
            throw InstallationFailure(.initialiseSecureChannel, .invalidSignature, "smdpSign does not verify")
        }
        let keys: BSPSessionKeys
        do {
            let secret = try ECKA.sharedSecret(privateKey: preparation.oneTimeKey, peerPublicKey: request.smdpOtpk)
            keys = try BSPSessionKeys.derive(sharedSecret: secret, hostID: crt.hostId, eid: identity.eid.bcd)
        } catch {
            throw InstallationFailure(.initialiseSecureChannel, .incorrectInputValues, "key agreement: \(error)")
        }
        return BoundProfilePackageLoader(
            transactionId: request.transactionId, reader: reader, bsp: BSPSession(keys: keys))
    }

    /// Refuses a package larger than the free profile memory.
    private func checkMemory(for size: Int) throws(InstallationFailure) {
        let used: Int
        do {
            used = try database.read("measure profile memory") { db in try Self.usedProfileMemory(db) }
        } catch {
            throw InstallationFailure(.loadProfileElements, .installFailedDueToUnknownError, "\(error)")
        }
        let free = configuration.profileMemoryCapacity - used
        guard size <= free else {
            throw InstallationFailure(
                .loadProfileElements, .installFailedDueToInsufficientMemoryForProfile,
                "\(size) bytes received, \(free) bytes free")
        }
    }

    /// Refuses a Profile whose ICCID is already on the card.
    private func checkICCIDIsNew(_ iccid: Iccid) throws(InstallationFailure) {
        let exists: Bool
        do {
            exists = try database.read("look up ICCID") { db in
                try ProfileRecord.filter(ProfileRecord.Columns.iccid == Data(iccid.bytes)).fetchCount(db) > 0
            }
        } catch {
            throw InstallationFailure(.storeMetadata, .installFailedDueToUnknownError, "\(error)")
        }
        guard !exists else {
            throw InstallationFailure(
                .storeMetadata, .installFailedDueToIccidAlreadyExistsOnEuicc, "ICCID \(iccid) is installed")
        }
    }

    /// Answers a failure with an error ProfileInstallationResult, keeps it as a notification and ends the session.
    func finishWithFailure(
        _ error: any Error, download: DownloadSession, transactionId: TransactionId, iccid: Iccid? = nil
    ) throws -> [UInt8] {
        session.download = nil
        let failure =
            error as? InstallationFailure
            ?? InstallationFailure(.initialiseSecureChannel, .installFailedDueToUnknownError, "\(error)")
        lastInstallationFailure = failure.description
        var simaResponse: [UInt8]?
        if failure.reason == .installFailedDueToPEProcessingError {
            simaResponse = try SIMAResponse.failure(.badValues, element: nil)
        }
        let result = ErrorResult(bppCommandId: failure.command, errorReason: failure.reason, simaResponse: simaResponse)
        let pir = try database.write("record installation failure") { db in
            try self.recordInstallationResult(
                db, download: download, transactionId: transactionId, iccid: iccid, result: .errorResult(result))
        }
        return try Self.encodeResponse(pir)
    }
}
