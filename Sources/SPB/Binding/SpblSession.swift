import Crypto
import SGP22

/// What the SPBL remembers of one download between Si3.AuthenticateSpbm and Si3.LoadBoundSpbInfo.
///
/// It holds the ephemeral private key otSK.SPBL.ECKA; an SPBL that persists sessions stores
/// `ephemeralKey.rawRepresentation` and must erase it once the image is loaded or the session cancelled, so
/// that a replayed image finds no session to open in.
public struct SpblSession: Sendable {
    public var transactionId: TransactionId
    public var spbmAddress: String
    public var spbmChallenge: [UInt8]
    public var spbFamilyId: SpbFamilyId
    public var matchingId: String?
    /// The SPB Manager's signing key, from its verified certificate: it must have signed the image.
    public var spbmSigningKey: P256.Signing.PublicKey
    /// otSK.SPBL.ECKA.
    public var ephemeralKey: P256.KeyAgreement.PrivateKey

    public init(
        transactionId: TransactionId,
        spbmAddress: String,
        spbmChallenge: [UInt8],
        spbFamilyId: SpbFamilyId,
        matchingId: String?,
        spbmSigningKey: P256.Signing.PublicKey,
        ephemeralKey: P256.KeyAgreement.PrivateKey
    ) {
        self.transactionId = transactionId
        self.spbmAddress = spbmAddress
        self.spbmChallenge = spbmChallenge
        self.spbFamilyId = spbFamilyId
        self.matchingId = matchingId
        self.spbmSigningKey = spbmSigningKey
        self.ephemeralKey = ephemeralKey
    }

    /// otPK.SPBL.ECKA as an uncompressed point.
    public var ephemeralPublicPoint: [UInt8] { Array(ephemeralKey.publicKey.x963Representation) }
}
