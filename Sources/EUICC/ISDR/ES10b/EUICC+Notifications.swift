import APDU
import GRDB
import SGP22

/// ES10b: the notification list (SGP.22 §5.7.9 ListNotification, §5.7.10 RetrieveNotificationsList,
/// §5.7.11 RemoveNotificationFromList).
extension EUICC {
    /// ListNotification (BF28): the metadata of the pending notifications, in sequence-number order,
    /// optionally only those of the given operations.
    func listNotification(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(ListNotificationRequest.self, command)
        let records = try pendingNotifications(operations: request.profileManagementOperation)
        var list: [NotificationMetadata] = []
        for record in records {
            list.append(try Self.decodePending(record).notificationMetadata)
        }
        return try Self.encodeResponse(ListNotificationResponse.notificationMetadataList(list))
    }

    /// RetrieveNotificationsList (BF2B): the signed pending notifications, all of them, the one with a given
    /// sequence number, or those of the given operations.
    func retrieveNotificationsList(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(RetrieveNotificationsListRequest.self, command)
        let records: [NotificationRecord]
        switch request.searchCriteria {
        case nil:
            records = try pendingNotifications(operations: nil)
        case .profileManagementOperation(let operations):
            records = try pendingNotifications(operations: operations)
        case .seqNumber(let number):
            records = try database.read("read notification") { db in
                try NotificationRecord.fetchOne(db, key: number).map { [$0] } ?? []
            }
        }
        return try Self.encodeResponse(
            RetrieveNotificationsListResponse.notificationList(try records.map(Self.decodePending)))
    }

    /// NotificationSent / RemoveNotificationFromList (BF30): the LPA has delivered the notification with this
    /// sequence number; the card forgets it.
    func removeNotificationFromList(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(NotificationSentRequest.self, command)
        let deleted = try database.write("remove notification") { db in
            try NotificationRecord.deleteOne(db, key: request.seqNumber)
        }
        return try Self.encodeResponse(
            NotificationSentResponse(deleteNotificationStatus: deleted ? .ok : .nothingToDelete))
    }

    /// Pending notifications in sequence-number order; with `operations`, only those whose operation is one
    /// of the set's bits.
    func pendingNotifications(operations: NotificationEvent?) throws -> [NotificationRecord] {
        let all = try database.read("list notifications") { db in
            try NotificationRecord.order(NotificationRecord.Columns.seqNumber).fetchAll(db)
        }
        guard let operations else { return all }
        return all.filter { operations.contains(NotificationEvent(rawValue: UInt64($0.operation))) }
    }

    static func decodePending(_ record: NotificationRecord) throws -> PendingNotification {
        do {
            return try PendingNotification(derBytes: record.pendingNotification)
        } catch {
            throw CardStatusError(
                .noPreciseDiagnosis, reason: "stored notification \(record.seqNumber) is damaged: \(error)")
        }
    }
}
