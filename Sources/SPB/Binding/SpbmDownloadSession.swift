import SGP22

/// What the SPB Manager remembers of one download between Si2.InitiateSpbDownload and Si2.AuthenticateSsp.
///
/// A plain value so that a server can keep it in its store; ``SpbmBinding/initiateDownload(_:transactionId:spbmChallenge:)``
/// makes it and ``SpbmBinding/authenticateSsp(_:session:)`` checks the SPBL's answer against it.
public struct SpbmDownloadSession: Hashable, Sendable {
    public var transactionId: TransactionId
    /// The SPBL's challenge, which the SPB Manager signed.
    public var spblChallenge: [UInt8]
    /// The SPB Manager's challenge, which the SPBL must sign back.
    public var spbmChallenge: [UInt8]
    public var matchingId: String?
    public var spbFamilyId: SpbFamilyId
    /// The SPBL's capabilities as the LBA sent them (not yet authenticated).
    public var spblInfo: SpblInfo

    public init(
        transactionId: TransactionId,
        spblChallenge: [UInt8],
        spbmChallenge: [UInt8],
        matchingId: String?,
        spbFamilyId: SpbFamilyId,
        spblInfo: SpblInfo
    ) {
        self.transactionId = transactionId
        self.spblChallenge = spblChallenge
        self.spbmChallenge = spbmChallenge
        self.matchingId = matchingId
        self.spbFamilyId = spbFamilyId
        self.spblInfo = spblInfo
    }
}
