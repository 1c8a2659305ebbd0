import SGP22

/// ES10a: the addresses the eUICC keeps for discovery (SGP.22 §5.7.3, §5.7.4).
extension ES10Client {
    /// ES10a.GetEuiccConfiguredAddresses: the default SM-DP+ address (if any) and the Root SM-DS address.
    public func getEuiccConfiguredAddresses() async throws(ES10Error) -> EuiccConfiguredAddressesResponse {
        try await call(
            .getEuiccConfiguredAddresses, EuiccConfiguredAddressesRequest(),
            as: EuiccConfiguredAddressesResponse.self
        ).response
    }

    /// ES10a.SetDefaultDpAddress: sets the default SM-DP+ address; an empty string clears it.
    public func setDefaultDpAddress(_ address: String) async throws(ES10Error) {
        let result = try await call(
            .setDefaultDpAddress, SetDefaultDpAddressRequest(defaultDpAddress: address),
            as: SetDefaultDpAddressResponse.self
        ).response.setDefaultDpAddressResult
        guard result == .ok else { throw .setDefaultDpAddressRefused(result) }
    }
}
