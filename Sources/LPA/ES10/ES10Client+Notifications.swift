import SGP22
import SwiftASN1

/// ES10b: the eUICC's list of pending notifications (SGP.22 §5.7.9-§5.7.11).
extension ES10Client {
    /// ES10b.ListNotification: the metadata of the pending notifications, optionally of some operations only.
    public func listNotification(
        operations: NotificationEvent? = nil
    ) async throws(ES10Error) -> [NotificationMetadata] {
        let response = try await call(
            .listNotification, ListNotificationRequest(profileManagementOperation: operations),
            as: ListNotificationResponse.self
        ).response
        switch response {
        case .notificationMetadataList(let list): return list
        case .listNotificationsResultError(let error): throw .listNotificationFailed(error)
        }
    }

    /// ES10b.RetrieveNotificationsList: the signed notifications, all of them or those matching `criteria`.
    ///
    /// - Returns: each notification with its exact bytes, which ES9+.HandleNotification carries unchanged.
    public func retrieveNotificationsList(
        _ criteria: RetrieveNotificationsListRequest.SearchCriteria? = nil
    ) async throws(ES10Error) -> [ES10Answer<PendingNotification>] {
        let (response, bytes) = try await call(
            .retrieveNotificationsList, RetrieveNotificationsListRequest(searchCriteria: criteria),
            as: RetrieveNotificationsListResponse.self)
        switch response {
        case .notificationList(let list):
            let encodings = try Self.notificationEncodings(bytes)
            guard encodings.count == list.count else {
                throw .malformedResponse(
                    function: .retrieveNotificationsList,
                    reason: "\(list.count) notifications decoded but \(encodings.count) found in the encoding")
            }
            return zip(list, encodings).map { ES10Answer(value: $0, derBytes: $1) }
        case .notificationsListResultError(let error):
            throw .retrieveNotificationsListFailed(error)
        }
    }

    /// The exact bytes of each `PendingNotification` in a `BF2B { A0 { … } }` answer: what the eUICC signed
    /// must reach the SM-DP+ byte for byte, so the notifications are cut out of the answer, not re-encoded.
    static func notificationEncodings(_ bytes: [UInt8]) throws(ES10Error) -> [[UInt8]] {
        do {
            let root = try DER.parse(bytes)
            guard case .constructed(let alternatives) = root.content,
                let list = alternatives.first(where: { _ in true }),
                case .constructed(let notifications) = list.content
            else {
                throw ES10Error.malformedResponse(
                    function: .retrieveNotificationsList, reason: "the notification list is not constructed")
            }
            return notifications.map { Array($0.encodedBytes) }
        } catch let error as ES10Error {
            throw error
        } catch {
            throw .malformedResponse(function: .retrieveNotificationsList, reason: "\(error)")
        }
    }

    /// ES10b.RemoveNotificationFromList (NotificationSent): the notification was delivered; the eUICC may
    /// forget it.
    ///
    /// - Returns: `false` when the eUICC had no such notification any more (`nothingToDelete`).
    @discardableResult
    public func removeNotificationFromList(seqNumber: Int) async throws(ES10Error) -> Bool {
        let status = try await call(
            .notificationSent, NotificationSentRequest(seqNumber: seqNumber), as: NotificationSentResponse.self
        ).response.deleteNotificationStatus
        switch status {
        case .ok: return true
        case .nothingToDelete: return false
        default: throw .removeNotificationFailed(status, seqNumber: seqNumber)
        }
    }
}
