import Foundation
import SGP22

/// Everything the SM-DP+ keeps about one RSP session, from InitiateAuthentication to the installation result.
///
/// All of it lives in the storage, the one-time key pair included, so a restarted server carries on with a
/// session another process began.
public struct RSPSession: Hashable, Sendable {
    /// The session's identifier, made by the SM-DP+.
    public var transactionId: TransactionId
    /// How far the session has come.
    public var stage: SessionStage
    /// The eUICC's challenge from InitiateAuthentication.
    public var euiccChallenge: [UInt8]
    /// The SM-DP+'s challenge, signed in serverSigned1 and expected back in euiccSigned1.
    public var serverChallenge: [UInt8]
    /// The subject key identifier of the CI chosen for the session (euiccCiPKIdToBeUsed).
    public var ciKeyIdentifier: [UInt8]
    /// When the session began.
    public var createdAt: Date
    /// After this instant the session is unknown to AuthenticateClient, GetBoundProfilePackage and CancelSession.
    public var expiresAt: Date
    /// The eUICC, once authenticated.
    public var eid: EID?
    /// CERT.EUICC.ECDSA (DER), once authenticated: verifies euiccSignature2, the PIR and the cancellation.
    public var euiccCertificate: [UInt8]?
    /// The order the session downloads, once authenticated.
    public var orderId: String?
    /// Whether smdpSigned2 asked for a confirmation code.
    public var confirmationCodeRequired: Bool
    /// smdpSignature2 (raw r‖s), covered by euiccSignature2.
    public var smdpSignature2: [UInt8]?
    /// The eUICC one-time key announced in smdpSigned2 for a retry, if any.
    public var bppEuiccOtpk: [UInt8]?
    /// otPK.EUICC.ECKA from PrepareDownload, once a package is bound.
    public var euiccOtpk: [UInt8]?
    /// otSK.DP.ECKA (the 32-byte scalar) of the session's binding; erased when the session ends.
    public var smdpOneTimePrivateKey: [UInt8]?
    /// The Bound Profile Package delivered in this session (DER, `BF36`).
    public var boundProfilePackage: [UInt8]?
    /// Why the session ended, in words, when it did not complete.
    public var endReason: String?

    /// Starts a session record.
    public init(
        transactionId: TransactionId, euiccChallenge: [UInt8], serverChallenge: [UInt8], ciKeyIdentifier: [UInt8],
        createdAt: Date, expiresAt: Date
    ) {
        self.transactionId = transactionId
        self.stage = .initiated
        self.euiccChallenge = euiccChallenge
        self.serverChallenge = serverChallenge
        self.ciKeyIdentifier = ciKeyIdentifier
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.confirmationCodeRequired = false
    }

    /// Whether the session's lifetime is over at `now`.
    public func isExpired(at now: Date) -> Bool { now >= expiresAt }

    /// Ends the session: it moves to `stage` and forgets its one-time private key.
    public mutating func end(_ stage: SessionStage, reason: String? = nil) {
        self.stage = stage
        smdpOneTimePrivateKey = nil
        endReason = reason
    }
}
