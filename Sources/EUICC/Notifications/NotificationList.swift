import Foundation
import GRDB
import SGP22
import SwiftASN1
import X509

/// The eUICC's list of pending notifications (SGP.22 §3.5): each gets the next sequence number of the card's
/// counter and is signed at once, in the same database transaction as the operation it reports, so that an
/// operation and its notification are kept or lost together.
struct NotificationList {
    let identity: EUICCIdentity

    /// Records a signed notification of `event` (enable, disable or delete) for `iccid`, to be sent to
    /// `address`, and returns its metadata.
    func recordOther(
        _ db: Database, event: NotificationEvent, address: String, iccid: Iccid
    ) throws -> NotificationMetadata {
        let metadata = NotificationMetadata(
            seqNumber: try CardRecord.takeSequenceNumber(db), profileManagementOperation: event,
            notificationAddress: address, iccid: iccid)
        let signature = try identity.sign(try metadata.derBytes())
        let notification = OtherSignedNotification(
            tbsOtherNotification: metadata, euiccNotificationSignature: signature,
            euiccCertificate: try certificate(identity.certificate.derBytes),
            eumCertificate: try certificate(identity.eumCertificate.derBytes))
        try store(db, metadata: metadata, pending: .otherSignedNotification(notification))
        return metadata
    }

    /// Records a ProfileInstallationResult (success or error) as the pending install notification.
    func recordInstallationResult(_ db: Database, _ result: ProfileInstallationResult) throws {
        try store(
            db, metadata: result.profileInstallationResultData.notificationMetadata,
            pending: .profileInstallationResult(result))
    }

    /// The notifications of every Profile-management event configured in `configuration` for `event`,
    /// one per configured address (SGP.22 sends a notification only where the Profile's metadata asks for one).
    func recordConfigured(
        _ db: Database, event: NotificationEvent, iccid: Iccid,
        configuration: [NotificationConfigurationInformation]?
    ) throws {
        var addresses: [String] = []
        for entry in configuration ?? [] where entry.profileManagementOperation.contains(event) {
            if !addresses.contains(where: { ServerAddress.same($0, entry.notificationAddress) }) {
                addresses.append(entry.notificationAddress)
            }
        }
        for address in addresses {
            _ = try recordOther(db, event: event, address: address, iccid: iccid)
        }
    }

    private func store(_ db: Database, metadata: NotificationMetadata, pending: PendingNotification) throws {
        try NotificationRecord(
            seqNumber: metadata.seqNumber,
            operation: Int(metadata.profileManagementOperation.rawValue),
            address: metadata.notificationAddress,
            iccid: metadata.iccid.map { Data($0.bytes) },
            pendingNotification: Data(try pending.derBytes())
        ).insert(db)
    }

    private func certificate(_ der: [UInt8]) throws -> Certificate {
        try Certificate(derEncoded: der)
    }
}
