import SGP22

/// How the SM-DP+ behaves, apart from its credentials and where it listens.
public struct SMDPSettings: Hashable, Sendable {
    /// The SM-DP+ address the server announces in serverSigned1 and activation codes and expects in
    /// InitiateAuthentication: an FQDN, in the lab with a port (`localhost:8443`). Compared without regard to case.
    public var address: String
    /// Attempt limits, lifetimes and callback retries.
    public var limits: SMDPLimits
    /// The `hostId` of the InitialiseSecureChannel control reference template (1 to 16 octets); it enters the
    /// session key derivation.
    public var hostId: [UInt8]
    /// Whether a retry whose eUICC brings a new one-time key gets the same profile bound anew (`true`), or is
    /// refused with "BPP not available for a new binding" (`false`).
    public var rebindsOnNewEUICCKey: Bool
    /// The ES2+ callers accepted (their `functionRequesterIdentifier`); empty accepts any.
    public var allowedRequesters: Set<String>
    /// The `functionRequesterIdentifier` the SM-DP+ puts in its HandleDownloadProgressInfo callbacks.
    public var requesterIdentifier: String

    /// Builds settings; `hostId` defaults to the ASCII of `SSP-SMDP+`.
    public init(
        address: String, limits: SMDPLimits = SMDPLimits(), hostId: [UInt8] = Array("SSP-SMDP+".utf8),
        rebindsOnNewEUICCKey: Bool = true, allowedRequesters: Set<String> = [], requesterIdentifier: String? = nil
    ) {
        self.address = address
        self.limits = limits
        self.hostId = hostId
        self.rebindsOnNewEUICCKey = rebindsOnNewEUICCKey
        self.allowedRequesters = allowedRequesters
        self.requesterIdentifier = requesterIdentifier ?? address
    }

    /// Whether `address` names this SM-DP+ (SGP.22: compared without regard to case).
    public func isOwnAddress(_ address: String) -> Bool {
        address.lowercased() == self.address.lowercased()
    }
}
