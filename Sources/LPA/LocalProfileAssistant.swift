import Logging
import SGP22

/// The LPA of a device: profile download, local profile management and notification delivery, over one eUICC
/// (ES10, through the APDU layer) and any number of SM-DP+s (ES9+ over HTTPS).
///
/// Every operation that makes the eUICC write a notification (install, enable, disable, delete) ends with a
/// delivery round (``sendPendingNotifications()``), which also retries whatever earlier rounds could not deliver.
/// A failed delivery never fails the operation: the notification stays on the eUICC and the report says why.
public struct LocalProfileAssistant: Sendable {
    /// The eUICC.
    public let card: ES10Client
    /// The HTTPS client.
    public let server: ES9PlusClient
    /// The device description sent in ctxParams1.
    public var deviceInfo: DeviceInfo
    /// Where the LPA logs.
    public var logger: Logger

    /// An LPA over a card and a client.
    public init(
        card: ES10Client, server: ES9PlusClient, deviceInfo: DeviceInfo = .labDevice,
        logger: Logger = Logger(label: "ssp.lpa")
    ) {
        self.card = card
        self.server = server
        self.deviceInfo = deviceInfo
        self.logger = logger
    }

    /// The download procedure over this LPA's card and client.
    public var downloader: ProfileDownloader {
        ProfileDownloader(card: card, server: server, deviceInfo: deviceInfo, logger: logger)
    }

    /// The notification sender over this LPA's card and client.
    public var notificationSender: NotificationSender {
        NotificationSender(card: card, server: server, logger: logger)
    }

    // MARK: Download

    /// Downloads and installs a profile, then delivers the pending notifications.
    public func download(
        _ code: ActivationCode, interaction: DownloadInteraction
    ) async throws(DownloadError) -> (result: DownloadResult, notifications: NotificationDeliveryReport?) {
        let result = try await downloader.download(code, interaction: interaction)
        return (result, await deliverQuietly())
    }

    // MARK: Local profile management

    /// The installed profiles (ES10c.GetProfilesInfo).
    public func profiles() async throws(ES10Error) -> [ProfileInfo] {
        try await card.getProfilesInfo()
    }

    /// Enables a profile, then delivers the notifications (enable, and disable of the profile it replaced).
    public func enableProfile(_ iccid: ICCID, refreshFlag: Bool = true) async throws(ES10Error)
        -> NotificationDeliveryReport?
    {
        try await card.enableProfile(.iccid(iccid.wireValue), refreshFlag: refreshFlag)
        return await deliverQuietly()
    }

    /// Disables a profile, then delivers the notifications.
    public func disableProfile(_ iccid: ICCID, refreshFlag: Bool = true) async throws(ES10Error)
        -> NotificationDeliveryReport?
    {
        try await card.disableProfile(.iccid(iccid.wireValue), refreshFlag: refreshFlag)
        return await deliverQuietly()
    }

    /// Deletes a disabled profile, then delivers the notifications.
    public func deleteProfile(_ iccid: ICCID) async throws(ES10Error) -> NotificationDeliveryReport? {
        try await card.deleteProfile(.iccid(iccid.wireValue))
        return await deliverQuietly()
    }

    /// Sets a profile's nickname (no notification is involved).
    public func setNickname(_ nickname: String, for iccid: ICCID) async throws(ES10Error) {
        try await card.setNickname(nickname, iccid: iccid)
    }

    // MARK: Notifications

    /// The metadata of the notifications waiting on the eUICC, by sequence number.
    public func pendingNotifications() async throws(ES10Error) -> [NotificationMetadata] {
        try await card.listNotification().sorted { $0.seqNumber < $1.seqNumber }
    }

    /// Delivers every pending notification and removes the acknowledged ones.
    public func sendPendingNotifications() async throws(ES10Error) -> NotificationDeliveryReport {
        try await notificationSender.deliverPending()
    }

    /// A delivery round after an operation that already succeeded: a failure to list is logged, not thrown.
    private func deliverQuietly() async -> NotificationDeliveryReport? {
        do {
            return try await notificationSender.deliverPending()
        } catch {
            logger.warning("pending notifications could not be read: \(error)")
            return nil
        }
    }
}
