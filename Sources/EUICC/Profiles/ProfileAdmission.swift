import SAIP
import SGP22

/// The rules a Profile must meet to be installed on this card, apart from the cryptography: its class, its
/// Profile Policy Rules under the RAT, its package version and the UICC services it makes mandatory.
struct ProfileAdmission {
    let configuration: EUICCConfiguration
    let rat: RulesAuthorisationTable

    /// StoreMetadata checks (BppCommandId storeMetadata).
    func checkMetadata(_ metadata: StoreMetadataRequest) throws(InstallationFailure) {
        guard configuration.supportedProfileClasses.contains(metadata.profileClass) else {
            throw InstallationFailure(
                .storeMetadata, .unsupportedProfileClass, "profile class \(metadata.profileClass) is not supported")
        }
        let rules = (metadata.profilePolicyRules ?? []).intersection([.ppr1, .ppr2])
        guard !rules.isEmpty else { return }
        guard let owner = metadata.profileOwner else {
            throw InstallationFailure(.storeMetadata, .pprNotAllowed, "Profile Policy Rules without a profileOwner")
        }
        guard isAllowed(rules, for: owner) else {
            throw InstallationFailure(
                .storeMetadata, .pprNotAllowed, "the RAT does not allow PPRs \(rules.rawValue) for this profile owner")
        }
    }

    /// Whether one RAT rule allows all of `rules` for `owner` (SGP.22 §2.9.2.2: an 'E' nibble in the RAT's
    /// MCC/MNC matches any digit; absent GID1/GID2 match any).
    func isAllowed(_ rules: PprIds, for owner: OperatorId) -> Bool {
        rat.rules.contains { rule in
            rule.pprIds.isSuperset(of: rules)
                && rule.allowedOperators.contains { allowed in Self.matches(allowed, owner) }
        }
    }

    static func matches(_ allowed: OperatorId, _ owner: OperatorId) -> Bool {
        guard allowed.mccMnc.count == 3, owner.mccMnc.count == 3 else { return false }
        for (pattern, value) in zip(allowed.mccMnc, owner.mccMnc) {
            for shift in [UInt8(0), 4] {
                let wanted = (pattern >> shift) & 0x0F
                if wanted != 0x0E, wanted != (value >> shift) & 0x0F { return false }
            }
        }
        if let gid1 = allowed.gid1, gid1 != owner.gid1 { return false }
        if let gid2 = allowed.gid2, gid2 != owner.gid2 { return false }
        return true
    }

    /// Package checks once it is complete (BppCommandId loadProfileElements): the version, the ICCID matching
    /// StoreMetadata, and the mandatory services.
    func checkPackage(_ package: ProfilePackage, metadata: StoreMetadataRequest) throws(InstallationFailure) {
        let header = package.header
        guard header.majorVersion <= configuration.profileVersion.major else {
            throw InstallationFailure(
                .loadProfileElements, .installFailedDueToPEProcessingError,
                "package version \(header.majorVersion).\(header.minorVersion) is newer than the supported "
                    + "\(configuration.profileVersion)")
        }
        // The ProfileHeader carries the ICCID in plain BCD, StoreMetadata as EFiccid does (nibble-swapped):
        // compare the digits.
        guard let metadataICCID = try? ICCID(metadata.iccid), metadataICCID.digits == package.iccid.digits else {
            throw InstallationFailure(
                .loadProfileElements, .installFailedDueToDataMismatch,
                "the ProfileHeader ICCID differs from the StoreMetadata ICCID")
        }
        let missing = header.mandatoryServices.services.filter { service in
            guard let capability = Self.capability(for: service) else { return true }
            return !configuration.uiccCapability.contains(capability)
        }
        guard missing.isEmpty else {
            throw InstallationFailure(
                .loadProfileElements, .installFailedDueToPEProcessingError,
                "mandatory services not supported: \(missing.sorted().map(\.description).joined(separator: ", "))")
        }
    }

    /// The UICCCapability bit that declares a ServicesList service (the two lists name the same services in a
    /// different order).
    static func capability(for service: ServicesList.Service) -> UICCCapability? {
        let table: [ServicesList.Service: UICCCapability] = [
            .contactless: .contactlessSupport, .usim: .usimSupport, .isim: .isimSupport, .csim: .csimSupport,
            .milenage: .akaMilenage, .tuak128: .akaTuak128, .cave: .akaCave, .gbaUSIM: .gbaAuthenUsim,
            .gbaISIM: .gbaAuthenISim, .mbms: .mbmsAuthenUsim, .eap: .eapClient, .javacard: .javacard,
            .multos: .multos, .multipleUSIM: .multipleUsimSupport, .multipleISIM: .multipleIsimSupport,
            .multipleCSIM: .multipleCsimSupport, .tuak256: .akaTuak256, .usimTestAlgorithm: .usimTestAlgorithm,
            .berTLV: .berTlvFileSupport, .dfLink: .dfLinkSupport, .catTP: .catTp, .getIdentity: .getIdentity,
            .profileAX25519: .profileAX25519, .profileBP256: .profileBP256,
            .suciCalculatorAPI: .suciCalculatorApi, .dnsResolution: .dnsResolution, .scp11ac: .scp11ac,
            .scp11cAuthorizationMechanism: .scp11cAuthorizationMechanism, .s16Mode: .s16mode, .eAKA: .eaka,
            .suciNSWO: .suciNswo, .networkID: .networkId, .coap: .coap, .gbauAPI: .gbauApi,
            .uir5GProSe: .uir5GProSe, .ssimEapTLS: .ssimEapTls, .ssimEapAKAPrime: .ssimEapAkaPrime,
            .usatAppPairing: .usatAppPairing,
        ]
        return table[service]
    }
}
