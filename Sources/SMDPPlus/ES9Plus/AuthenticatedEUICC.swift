import Crypto
import SGP22
import SSPPKI

/// An eUICC whose certificate chain the SM-DP+ accepted.
struct AuthenticatedEUICC: Sendable {
    /// The EID from CERT.EUICC.ECDSA, inside the range the EUM may certify.
    let eid: EID
    /// CERT.EUICC.ECDSA.
    let certificate: PKICertificate
    /// PK.EUICC.ECDSA.
    let publicKey: P256.Signing.PublicKey
}
