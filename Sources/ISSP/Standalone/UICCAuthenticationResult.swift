/// What a Standalone Telecom Bundle (USIM) answers to AUTHENTICATE (TS 33.102 §6.3.3, TS 31.102 §7.1.2).
public enum UICCAuthenticationResult: Hashable, Sendable {
    /// The network is authenticated and the challenge fresh: RES, CK and IK.
    case success(res: [UInt8], ck: [UInt8], ik: [UInt8])
    /// The network is authenticated but the sequence number is not fresh: AUTS = (SQN_MS ⊕ AK*) ‖ MAC-S
    /// lets the network resynchronise.
    case synchronisationFailure(auts: [UInt8])
    /// The MAC in AUTN does not verify: the network is not authenticated (the card answers `9862`).
    case macFailure
}
