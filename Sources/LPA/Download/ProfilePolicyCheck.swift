import SGP22

/// The LPA's check of a profile's policy rules against the eUICC's Rules Authorisation Table
/// (SGP.22 §2.9.2.2 and §3.1.3, before the user is asked).
///
/// Every rule the profile sets (PPR1, PPR2) must be allowed for the profile's owner by some RAT entry whose
/// `pprIds` contains it and whose `allowedOperators` match the owner; an entry with `consentRequired` makes the
/// user's explicit consent mandatory. In an `OperatorId`, an `E` nibble in the MCC/MNC matches any digit (and
/// the `F` filler of a two-digit MNC), and absent GID1/GID2 match any value.
public enum ProfilePolicyCheck {
    /// The verdict.
    public enum Verdict: Hashable, Sendable {
        /// The rules are allowed; `needsConsent` when a matching RAT entry asks for the user's consent.
        case allowed(needsConsent: Bool)
        /// A rule is not allowed for this owner.
        case notAllowed(String)
    }

    /// Judges the metadata's rules against `rat`.
    public static func evaluate(_ metadata: StoreMetadataRequest, rat: RulesAuthorisationTable) -> Verdict {
        let rules = (metadata.profilePolicyRules ?? []).intersection([.ppr1, .ppr2])
        guard !rules.isEmpty else { return .allowed(needsConsent: false) }
        guard let owner = metadata.profileOwner else {
            return .notAllowed("the profile sets policy rules but names no owner")
        }
        var needsConsent = false
        for (rule, name) in [(PprIds.ppr1, "PPR1"), (PprIds.ppr2, "PPR2")] where rules.contains(rule) {
            let entries = rat.rules.filter { entry in
                entry.pprIds.contains(rule) && entry.allowedOperators.contains { matches(owner, allowed: $0) }
            }
            guard !entries.isEmpty else {
                return .notAllowed("\(name) is not allowed for the owner \(describe(owner)) by the eUICC's RAT")
            }
            if entries.contains(where: { $0.pprFlags.contains(.consentRequired) }) { needsConsent = true }
        }
        return .allowed(needsConsent: needsConsent)
    }

    /// Whether `owner` is covered by the RAT's `allowed` operator.
    public static func matches(_ owner: OperatorId, allowed: OperatorId) -> Bool {
        guard owner.mccMnc.count == 3, allowed.mccMnc.count == 3 else { return false }
        for (ownerByte, allowedByte) in zip(owner.mccMnc, allowed.mccMnc) {
            for shift in [0, 4] as [UInt8] {
                let want = (allowedByte >> shift) & 0x0F
                let have = (ownerByte >> shift) & 0x0F
                guard want == 0x0E || want == have else { return false }
            }
        }
        if let gid1 = allowed.gid1, gid1 != owner.gid1 { return false }
        if let gid2 = allowed.gid2, gid2 != owner.gid2 { return false }
        return true
    }

    /// MCC/MNC as digits, e.g. "262-01".
    static func describe(_ owner: OperatorId) -> String {
        guard owner.mccMnc.count == 3 else { return "(malformed MCC/MNC)" }
        let bytes = owner.mccMnc
        let digits = [bytes[0] & 0x0F, bytes[0] >> 4, bytes[1] & 0x0F, bytes[2] & 0x0F, bytes[2] >> 4, bytes[1] >> 4]
        let text = digits.map { $0 < 10 ? String($0) : ($0 == 0x0F ? "" : "?") }
        return text[0..<3].joined() + "-" + text[3...].joined()
    }
}
