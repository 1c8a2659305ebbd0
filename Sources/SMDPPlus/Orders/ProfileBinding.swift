import SGP22

/// A Bound Profile Package the SM-DP+ delivered for an order and keeps for a download retry.
///
/// SGP.22 lets an eUICC that kept its one-time key retry a download in a new RSP session: the SM-DP+ names that
/// key in `smdpSigned2.bppEuiccOtpk`, and if the eUICC answers with the same key, the SM-DP+ reuses the protected
/// segments, re-signing only InitialiseSecureChannel for the new transactionId. That needs the SM-DP+'s own
/// one-time private key, so it is kept here until the order ends.
public struct ProfileBinding: Hashable, Sendable {
    /// otPK.EUICC.ECKA the package is bound to (uncompressed point).
    public var euiccOtpk: [UInt8]
    /// otSK.DP.ECKA, the private scalar (32 bytes).
    public var smdpOneTimePrivateKey: [UInt8]
    /// The whole Bound Profile Package as delivered (DER, `BF36`).
    public var boundProfilePackage: [UInt8]

    /// Builds a binding.
    public init(euiccOtpk: [UInt8], smdpOneTimePrivateKey: [UInt8], boundProfilePackage: [UInt8]) {
        self.euiccOtpk = euiccOtpk
        self.smdpOneTimePrivateKey = smdpOneTimePrivateKey
        self.boundProfilePackage = boundProfilePackage
    }
}
