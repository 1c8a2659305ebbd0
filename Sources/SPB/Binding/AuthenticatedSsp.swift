import SGP22
import X509

/// An SSP the SPB Manager has authenticated in Si2.AuthenticateSsp: its identity, its signed capabilities and
/// the ephemeral key the bound image will be made for.
///
/// The SPB Manager must still verify the chain `spblCertificate → isspMakerCertificate → family CI` with
/// SSPPKI's `ChainVerifier` (role `spbl`), which also checks that the platform ID lies in the maker's range.
public struct AuthenticatedSsp: Hashable, Sendable {
    public var transactionId: TransactionId
    /// The SSP ID.
    public var platformId: PrimaryPlatformId
    public var spblCertificate: Certificate
    public var isspMakerCertificate: Certificate
    /// otPK.SPBL.ECKA, `04 ‖ X ‖ Y`.
    public var spblOtpk: [UInt8]
    /// The SPBL's capabilities, as it signed them.
    public var spblInfo: SpblInfo

    public init(
        transactionId: TransactionId,
        platformId: PrimaryPlatformId,
        spblCertificate: Certificate,
        isspMakerCertificate: Certificate,
        spblOtpk: [UInt8],
        spblInfo: SpblInfo
    ) {
        self.transactionId = transactionId
        self.platformId = platformId
        self.spblCertificate = spblCertificate
        self.isspMakerCertificate = isspMakerCertificate
        self.spblOtpk = spblOtpk
        self.spblInfo = spblInfo
    }
}
