import SGP22

/// A profile installed by ``ProfileDownloader``.
public struct DownloadResult: Sendable {
    /// The profile as it was offered (its metadata).
    public let offer: ProfileOffer
    /// The eUICC's signed result.
    public let installationResult: ProfileInstallationResult
    /// What happened to the result when it was sent to the SM-DP+: delivered and removed, or kept on the eUICC
    /// for a later round.
    public let resultDelivery: NotificationDeliveryReport.Entry.Outcome

    /// Records a result.
    public init(
        offer: ProfileOffer, installationResult: ProfileInstallationResult,
        resultDelivery: NotificationDeliveryReport.Entry.Outcome
    ) {
        self.offer = offer
        self.installationResult = installationResult
        self.resultDelivery = resultDelivery
    }

    /// The installed profile's ICCID.
    public var iccidText: String { offer.iccidText }

    /// Whether the SM-DP+ acknowledged the installation result.
    public var resultAcknowledged: Bool {
        switch resultDelivery {
        case .delivered, .deliveredButNotRemoved: return true
        case .kept, .waiting: return false
        }
    }
}
