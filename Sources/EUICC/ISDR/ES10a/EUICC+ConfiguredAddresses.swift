import SGP22

/// ES10a: the addresses the LPA reads from the eUICC (SGP.22 §5.6.1, §5.6.2).
extension EUICC {
    /// GetEuiccConfiguredAddresses (BF3C): the default SM-DP+ address, if set, and the Root SM-DS address.
    func getEuiccConfiguredAddresses(_ command: [UInt8]) throws -> [UInt8] {
        _ = try Self.decodeRequest(EuiccConfiguredAddressesRequest.self, command)
        let record = try database.read("read configured addresses") { db in try CardRecord.fetch(db) }
        return try Self.encodeResponse(
            EuiccConfiguredAddressesResponse(
                defaultDpAddress: record.defaultDpAddress, rootDsAddress: record.rootDsAddress))
    }

    /// SetDefaultDpAddress (BF3F): sets the default SM-DP+ address; an empty address removes it.
    ///
    /// An address that is not a plausible FQDN (see ``ServerAddress``) answers `undefinedError`; an
    /// `allowedCiPKId` (v3) naming a CI the card does not trust answers `unsupportedCiPKId`.
    func setDefaultDpAddress(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(SetDefaultDpAddressRequest.self, command)
        typealias Result = SetDefaultDpAddressResponse.SetDefaultDpAddressResult
        func answer(_ result: Result) throws -> [UInt8] {
            try Self.encodeResponse(SetDefaultDpAddressResponse(setDefaultDpAddressResult: result))
        }
        if let allowed = request.allowedCiPKId, !trustedIssuers.contains(where: { $0.keyIdentifier == allowed }) {
            return try answer(.unsupportedCiPKId)
        }
        let address = request.defaultDpAddress
        guard address.isEmpty || ServerAddress.isPlausible(address) else {
            return try answer(.undefinedError)
        }
        try database.write("set default SM-DP+ address") { db in
            var record = try CardRecord.fetch(db)
            record.defaultDpAddress = address.isEmpty ? nil : address
            try record.update(db)
        }
        return try answer(.ok)
    }
}
