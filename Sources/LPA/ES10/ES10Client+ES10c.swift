import SGP22

/// ES10c: local profile management (SGP.22 §5.7.15-§5.7.21).
extension ES10Client {
    /// ES10c.GetProfilesInfo: the installed profiles, all of them or those matching `criteria`.
    ///
    /// - Parameter tags: the ProfileInfo fields to return (e.g. `[0x5A, 0x9F70]` as bytes `5A 9F 70`); all by default.
    public func getProfilesInfo(
        _ criteria: ProfileInfoListRequest.SearchCriteria? = nil, tags: [UInt8]? = nil
    ) async throws(ES10Error) -> [ProfileInfo] {
        let response = try await call(
            .getProfilesInfo, ProfileInfoListRequest(searchCriteria: criteria, tagList: tags),
            as: ProfileInfoListResponse.self
        ).response
        switch response {
        case .profileInfoListOk(let profiles): return profiles
        case .profileInfoListError(let error): throw .profilesInfoFailed(error)
        }
    }

    /// ES10c.EnableProfile: enables the profile (and disables the one that was enabled).
    ///
    /// - Parameter refreshFlag: whether the eUICC should ask the device for a REFRESH afterwards.
    public func enableProfile(
        _ profile: ProfileIdentifier, refreshFlag: Bool = true
    ) async throws(ES10Error) {
        let result = try await call(
            .enableProfile, EnableProfileRequest(profileIdentifier: profile, refreshFlag: refreshFlag),
            as: EnableProfileResponse.self
        ).response.enableResult
        guard result == .ok else { throw .enableProfileRefused(result, profile: Self.describe(profile)) }
    }

    /// ES10c.DisableProfile.
    public func disableProfile(
        _ profile: ProfileIdentifier, refreshFlag: Bool = true
    ) async throws(ES10Error) {
        let result = try await call(
            .disableProfile, DisableProfileRequest(profileIdentifier: profile, refreshFlag: refreshFlag),
            as: DisableProfileResponse.self
        ).response.disableResult
        guard result == .ok else { throw .disableProfileRefused(result, profile: Self.describe(profile)) }
    }

    /// ES10c.DeleteProfile: removes a disabled profile.
    public func deleteProfile(_ profile: ProfileIdentifier) async throws(ES10Error) {
        let result = try await call(
            .deleteProfile, DeleteProfileRequest(profileIdentifier: profile), as: DeleteProfileResponse.self
        ).response.deleteResult
        guard result == .ok else { throw .deleteProfileRefused(result, profile: Self.describe(profile)) }
    }

    /// ES10c.SetNickname.
    public func setNickname(_ nickname: String, iccid: ICCID) async throws(ES10Error) {
        let result = try await call(
            .setNickname, SetNicknameRequest(iccid: iccid.wireValue, profileNickname: nickname),
            as: SetNicknameResponse.self
        ).response.setNicknameResult
        guard result == .ok else { throw .setNicknameRefused(result, iccid: iccid.digits) }
    }

    /// ES10c.GetEID.
    public func getEID() async throws(ES10Error) -> EID {
        let value = try await call(.getEid, GetEuiccDataRequest(), as: GetEuiccDataResponse.self).response.eidValue
        do {
            return try EID(bcd: value)
        } catch {
            throw .malformedResponse(function: .getEid, reason: "\(error)")
        }
    }

    /// ES10c.eUICCMemoryReset: deletes the kinds of profiles (and settings) `options` names.
    ///
    /// - Returns: `false` when there was nothing to delete.
    @discardableResult
    public func eUICCMemoryReset(_ options: EuiccMemoryResetRequest.ResetOptions) async throws(ES10Error) -> Bool {
        let result = try await call(
            .euiccMemoryReset, EuiccMemoryResetRequest(resetOptions: options), as: EuiccMemoryResetResponse.self
        ).response.resetResult
        switch result {
        case .ok: return true
        case .nothingToDelete: return false
        default: throw .memoryResetRefused(result)
        }
    }
}
