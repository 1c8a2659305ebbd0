import Crypto
import SGP22
import SSPPKI
import SwiftASN1

/// What the ISD-R keeps in RAM between the ES10b calls of one Profile download (SGP.22 §3.1.2, §3.1.3), and
/// loses on a reset: the challenge it issued, the server it authenticated, the one-time key pair and the
/// partly received Bound Profile Package.
struct RSPSessionState: Sendable {
    /// The challenge GetEUICCChallenge issued that no AuthenticateServer has used yet. Used once: an
    /// AuthenticateServer consumes it whether it succeeds or not.
    var pendingChallenge: [UInt8]?
    /// The session opened by a successful AuthenticateServer.
    var download: DownloadSession?
    /// The one-time key pair of the last PrepareDownload, which an SM-DP+ may ask to reuse (bppEuiccOtpk) when
    /// it retries a download after an interruption. Dropped when a Profile is installed with it.
    var retainedOneTimeKey: P256.KeyAgreement.PrivateKey?

    /// A new challenge replaces any earlier one and ends any session.
    mutating func startAuthentication(challenge: [UInt8]) {
        pendingChallenge = challenge
        download = nil
    }
}

/// The RSP session between a successful AuthenticateServer and the end of LoadBoundProfilePackage.
struct DownloadSession: Sendable {
    let transactionId: TransactionId
    /// The serverAddress of serverSigned1, where the installation result is to be sent.
    let serverAddress: String
    /// The CI the server's certificates chain to.
    let issuer: TrustedCertificateIssuer
    /// CERT.DPauth.ECDSA (or CERT.DSauth.ECDSA when an SM-DS authenticated).
    let authCertificate: PKICertificate
    /// `.dpAuth` or `.dsAuth`: only an SM-DP+ session may go on to a download.
    let authRole: CertificateRole
    /// The server's OID (the registeredID of its certificate).
    let smdpOid: ASN1ObjectIdentifier
    /// The matchingId of ctxParams1, if the LPA sent one.
    let matchingId: String?
    /// euiccSignature1 (raw r ‖ s), which smdpSignature2 covers.
    let euiccSignature1: [UInt8]
    /// Set by a successful PrepareDownload.
    var preparation: PreparedDownload?
    /// Set once the first segment of the Bound Profile Package has been accepted.
    var loader: BoundProfilePackageLoader?
}

/// What a successful PrepareDownload leaves for LoadBoundProfilePackage.
struct PreparedDownload: Sendable {
    /// CERT.DPpb.ECDSA, whose key signs InitialiseSecureChannel.
    let bindingCertificate: PKICertificate
    let bindingKey: P256.Signing.PublicKey
    /// otSK.EUICC.ECKA.
    let oneTimeKey: P256.KeyAgreement.PrivateKey
    /// otPK.EUICC.ECKA as sent in euiccSigned2 (uncompressed point).
    var oneTimePublicKey: [UInt8] { Array(oneTimeKey.publicKey.x963Representation) }
}
