import SGP22
import Testing

@testable import LPA

/// The LPA's RAT check of a profile's policy rules (SGP.22 §2.9.2.2).
@Suite("Profile policy rules against the RAT")
struct ProfilePolicyCheckTests {
    static let owner = OperatorId(mccMnc: [0x62, 0xF2, 0x10])  // MCC 262, MNC 01

    static func metadata(rules: PprIds?, owner: OperatorId? = owner) throws -> StoreMetadataRequest {
        StoreMetadataRequest(
            iccid: try ICCID("8949449999999990023").wireValue, serviceProviderName: "Red", profileName: "Red",
            profileOwner: owner, profilePolicyRules: rules)
    }

    static func rat(_ rules: PprIds, _ operators: [OperatorId], consent: Bool = false) -> RulesAuthorisationTable {
        RulesAuthorisationTable(rules: [
            ProfilePolicyAuthorisationRule(
                pprIds: rules, allowedOperators: operators, pprFlags: consent ? [.consentRequired] : [])
        ])
    }

    static let anyOperator = OperatorId(mccMnc: [0xEE, 0xEE, 0xEE])

    @Test("a profile without rules needs no RAT entry")
    func noRules() throws {
        #expect(ProfilePolicyCheck.evaluate(try Self.metadata(rules: nil), rat: RulesAuthorisationTable(rules: []))
            == .allowed(needsConsent: false))
        #expect(ProfilePolicyCheck.evaluate(try Self.metadata(rules: [.pprUpdateControl]), rat: .init(rules: []))
            == .allowed(needsConsent: false))
    }

    @Test("PPR1 and PPR2 are allowed by a wildcard entry, with consent when the entry asks for it")
    func wildcard() throws {
        let metadata = try Self.metadata(rules: [.ppr1, .ppr2])
        #expect(ProfilePolicyCheck.evaluate(metadata, rat: Self.rat([.ppr1, .ppr2], [Self.anyOperator]))
            == .allowed(needsConsent: false))
        #expect(ProfilePolicyCheck.evaluate(metadata, rat: Self.rat([.ppr1, .ppr2], [Self.anyOperator], consent: true))
            == .allowed(needsConsent: true))
    }

    @Test("a rule the RAT does not grant, or grants to another operator, is not allowed")
    func notAllowed() throws {
        let metadata = try Self.metadata(rules: [.ppr1, .ppr2])
        guard case .notAllowed(let why) = ProfilePolicyCheck.evaluate(metadata, rat: Self.rat([.ppr1], [Self.anyOperator]))
        else {
            Issue.record("PPR2 should not be allowed")
            return
        }
        #expect(why.contains("PPR2"))
        let other = OperatorId(mccMnc: [0x02, 0xF8, 0x10])  // MCC 208, MNC 01
        guard case .notAllowed(let text) = ProfilePolicyCheck.evaluate(metadata, rat: Self.rat([.ppr1, .ppr2], [other]))
        else {
            Issue.record("another operator's entry should not allow it")
            return
        }
        #expect(text.contains("262-01"))
        #expect(ProfilePolicyCheck.evaluate(try Self.metadata(rules: [.ppr1], owner: nil), rat: Self.rat([.ppr1], [Self.anyOperator]))
            != .allowed(needsConsent: false))
    }

    @Test("MCC/MNC nibbles E match anything; GID1/GID2 must match when the RAT names them")
    func operatorMatching() {
        let owner = OperatorId(mccMnc: [0x62, 0xF2, 0x10], gid1: [0x01])
        #expect(ProfilePolicyCheck.matches(owner, allowed: OperatorId(mccMnc: [0x62, 0xF2, 0xEE])))
        #expect(ProfilePolicyCheck.matches(owner, allowed: OperatorId(mccMnc: [0x62, 0xF2, 0x10], gid1: [0x01])))
        #expect(!ProfilePolicyCheck.matches(owner, allowed: OperatorId(mccMnc: [0x62, 0xF2, 0x10], gid1: [0x02])))
        #expect(!ProfilePolicyCheck.matches(owner, allowed: OperatorId(mccMnc: [0x62, 0xF2, 0x20])))
        #expect(!ProfilePolicyCheck.matches(OperatorId(mccMnc: [0x62]), allowed: Self.anyOperator))
    }
}
