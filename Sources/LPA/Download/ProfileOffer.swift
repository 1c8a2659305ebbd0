import SGP22

/// What the LPA shows the user before a profile is installed: the metadata the SM-DP+ sent in
/// ES9+.AuthenticateClient (StoreMetadataRequest, `BF25`) and what the eUICC's rules say about it.
public struct ProfileOffer: Hashable, Sendable {
    /// The metadata as the SM-DP+ sent it.
    public let metadata: StoreMetadataRequest
    /// The SM-DP+ offering it.
    public let smdpAddress: String
    /// The RSP session.
    public let transactionId: TransactionId
    /// Whether the SM-DP+ asks for the confirmation code (ccRequiredFlag in smdpSigned2).
    public let confirmationCodeRequired: Bool
    /// Whether the eUICC's Rules Authorisation Table makes the user's consent to the profile's policy rules
    /// mandatory (pprFlags consentRequired).
    public let policyRulesNeedConsent: Bool

    /// Builds an offer.
    public init(
        metadata: StoreMetadataRequest, smdpAddress: String, transactionId: TransactionId,
        confirmationCodeRequired: Bool, policyRulesNeedConsent: Bool
    ) {
        self.metadata = metadata
        self.smdpAddress = smdpAddress
        self.transactionId = transactionId
        self.confirmationCodeRequired = confirmationCodeRequired
        self.policyRulesNeedConsent = policyRulesNeedConsent
    }

    /// The profile's ICCID (read leniently: it is already provisioned).
    public var iccid: ICCID? { try? ICCID(metadata.iccid) }
    /// The ICCID's digits, or its raw form when it does not decode.
    public var iccidText: String { iccid?.digits ?? metadata.iccid.description }
    /// The service provider's name.
    public var serviceProviderName: String { metadata.serviceProviderName }
    /// The profile's name.
    public var profileName: String { metadata.profileName }
    /// The profile class (test, provisioning, operational).
    public var profileClass: ProfileClass { metadata.profileClass }

    /// The policy rules in words: "disabling not allowed (PPR1)", "deletion not allowed (PPR2)".
    public var policyRuleDescriptions: [String] {
        let rules = metadata.profilePolicyRules ?? []
        var result: [String] = []
        if rules.contains(.ppr1) { result.append("disabling not allowed (PPR1)") }
        if rules.contains(.ppr2) { result.append("deletion not allowed (PPR2)") }
        return result
    }

    /// The lines a user interface shows, e.g. "Service provider: Red Mobile".
    public var summaryLines: [String] {
        var lines = [
            "Service provider: \(serviceProviderName.isEmpty ? "(none given)" : serviceProviderName)",
            "Profile name:     \(profileName.isEmpty ? "(none given)" : profileName)",
            "ICCID:            \(iccidText)",
            "Class:            \(Self.name(profileClass))",
            "SM-DP+:           \(smdpAddress)",
        ]
        if !policyRuleDescriptions.isEmpty {
            lines.append("Policy rules:     \(policyRuleDescriptions.joined(separator: ", "))")
        }
        if metadata.icon != nil { lines.append("Icon:             \(metadata.icon?.count ?? 0) bytes") }
        if confirmationCodeRequired { lines.append("A confirmation code is required.") }
        return lines
    }

    /// The class in words.
    public static func name(_ profileClass: ProfileClass) -> String {
        switch profileClass {
        case .test: return "test"
        case .provisioning: return "provisioning"
        case .operational: return "operational"
        case .other(let code): return "class \(code)"
        }
    }
}
