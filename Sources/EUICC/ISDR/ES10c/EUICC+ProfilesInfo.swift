import APDU
import Foundation
import GRDB
import SGP22

/// ES10c: GetProfilesInfo (SGP.22 §5.7.15), GetEID (§5.7.20) and SetNickname (§5.7.21).
extension EUICC {
    /// GetProfilesInfo (BF2D): the installed Profiles, all or those matching the search criteria, with the
    /// fields the tag list asks for (all fields without a tag list).
    func getProfilesInfo(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(ProfileInfoListRequest.self, command)
        var tags: Set<UInt32>?
        if let tagList = request.tagList {
            guard let parsed = Self.parseTagList(tagList) else {
                return try Self.encodeResponse(ProfileInfoListResponse.profileInfoListError(.incorrectInputValues))
            }
            tags = parsed
        }
        let records = try database.read("list profiles") { db in
            try ProfileRecord.order(ProfileRecord.Columns.isdpAid).fetchAll(db)
        }
        var list: [ProfileInfo] = []
        for record in records {
            switch request.searchCriteria {
            case nil: break
            case .isdpAid(let aid): guard Array(record.isdpAid) == aid else { continue }
            case .iccid(let iccid): guard Array(record.iccid) == iccid.bytes else { continue }
            case .profileClass(let profileClass): guard record.profileClass == profileClass.code else { continue }
            }
            list.append(try record.profileInfo(tags: tags))
        }
        return try Self.encodeResponse(ProfileInfoListResponse.profileInfoListOk(list))
    }

    /// GetEID (BF3E): the EID, for a tag list of exactly `5A`.
    func getEID(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(GetEuiccDataRequest.self, command)
        guard request.tagList == [0x5A] else {
            throw CardStatusError(.wrongData, reason: "GetEuiccData tag list must be '5A'")
        }
        return try Self.encodeResponse(GetEuiccDataResponse(eidValue: identity.eid.bcd))
    }

    /// SetNickname (BF29): sets the nickname of the Profile with this ICCID.
    func setNickname(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(SetNicknameRequest.self, command)
        let found = try database.write("set nickname") { db -> Bool in
            guard
                var record = try ProfileRecord.filter(ProfileRecord.Columns.iccid == Data(request.iccid.bytes))
                    .fetchOne(db)
            else { return false }
            record.nickname = request.profileNickname
            try record.update(db)
            return true
        }
        return try Self.encodeResponse(SetNicknameResponse(setNicknameResult: found ? .ok : .iccidNotFound))
    }

    /// The tags of a tag list (one- and two-byte tags, as SGP.22 prints them); `nil` if it is truncated.
    static func parseTagList(_ bytes: [UInt8]) -> Set<UInt32>? {
        var tags: Set<UInt32> = []
        var remaining = bytes[...]
        while !remaining.isEmpty {
            guard let tag = leadingTag(Array(remaining)) else { return nil }
            tags.insert(tag)
            remaining = remaining.dropFirst(tag > 0xFFFF ? 3 : tag > 0xFF ? 2 : 1)
        }
        return tags
    }
}
