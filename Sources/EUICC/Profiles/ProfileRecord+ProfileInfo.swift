import APDU
import Foundation
import SGP22

extension ProfileRecord {
    /// The StoreMetadata the SM-DP+ sent for this Profile.
    func metadata() throws -> StoreMetadataRequest {
        do {
            return try StoreMetadataRequest(derBytes: storeMetadata)
        } catch {
            throw CardStatusError(
                .noPreciseDiagnosis, reason: "stored metadata of ISD-P \(isdpAid.hexString) is damaged: \(error)")
        }
    }

    /// The Profile's ICCID.
    func iccidValue() throws -> Iccid {
        do {
            return try Iccid(bytes: Array(iccid))
        } catch {
            throw CardStatusError(.noPreciseDiagnosis, reason: "stored ICCID is damaged: \(error)")
        }
    }

    /// The Profile Policy Rules set on the Profile.
    func policyRules() throws -> PprIds {
        try metadata().profilePolicyRules ?? []
    }

    /// Whether `identifier` names this Profile.
    func matches(_ identifier: ProfileIdentifier) -> Bool {
        switch identifier {
        case .isdpAid(let aid): return Array(isdpAid) == aid
        case .iccid(let value): return Array(iccid) == value.bytes
        }
    }

    /// ProfileInfo (E3) for GetProfilesInfo with the fields whose tags are in `tags` (all when `nil`).
    func profileInfo(tags: Set<UInt32>?) throws -> ProfileInfo {
        let metadata = try metadata()
        func wanted(_ tag: UInt32) -> Bool { tags?.contains(tag) ?? true }
        var info = ProfileInfo()
        if wanted(0x5A) { info.iccid = metadata.iccid }
        if wanted(0x4F) { info.isdpAid = Array(isdpAid) }
        if wanted(0x9F70) { info.profileState = ProfileState(code: state) }
        if wanted(0x90) { info.profileNickname = nickname }
        if wanted(0x91) { info.serviceProviderName = metadata.serviceProviderName }
        if wanted(0x92) { info.profileName = metadata.profileName }
        if wanted(0x93) { info.iconType = metadata.iconType }
        if wanted(0x94) { info.icon = metadata.icon }
        if wanted(0x95) { info.profileClass = metadata.profileClass }
        if wanted(0xB6) { info.notificationConfigurationInfo = metadata.notificationConfigurationInfo }
        if wanted(0xB7) { info.profileOwner = metadata.profileOwner }
        if wanted(0xB8), let dpProprietaryData {
            info.dpProprietaryData = try? DpProprietaryData(derBytes: dpProprietaryData)
        }
        if wanted(0x99) { info.profilePolicyRules = metadata.profilePolicyRules }
        return info
    }
}

extension Data {
    /// Upper-case hexadecimal, for messages.
    var hexString: String { map { String(format: "%02X", $0) }.joined() }
}
