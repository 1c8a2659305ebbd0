import GRDB
import SGP22

/// ES10c: eUICCMemoryReset (SGP.22 §5.7.19).
extension EUICC {
    /// eUICCMemoryReset (BF34): deletes the chosen classes of Profiles, whatever their state and Profile
    /// Policy Rules, and can put the default SM-DP+ address back to the one the card was made with.
    ///
    /// No notification is generated (the reset is a local, user-driven operation); notifications already
    /// pending stay in the list, and the sequence counter is never reset. Answers `nothingToDelete` when the
    /// options select nothing present on the card.
    func eUICCMemoryReset(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(EuiccMemoryResetRequest.self, command)
        let options = request.resetOptions
        var classes: [ProfileClass] = []
        if options.contains(.deleteOperationalProfiles) { classes.append(.operational) }
        if options.contains(.deleteFieldLoadedTestProfiles) { classes.append(.test) }
        if options.contains(.deleteProvisioningProfiles) { classes.append(.provisioning) }
        let initialDefaultDpAddress = configuration.defaultDpAddress
        let changed = try database.write("memory reset") { db -> Bool in
            var changed = false
            if !classes.isEmpty {
                let deleted = try ProfileRecord.filter(classes.map(\.code).contains(ProfileRecord.Columns.profileClass))
                    .deleteAll(db)
                changed = changed || deleted > 0
            }
            if options.contains(.resetDefaultSmdpAddress) {
                var record = try CardRecord.fetch(db)
                if record.defaultDpAddress != initialDefaultDpAddress {
                    record.defaultDpAddress = initialDefaultDpAddress
                    try record.update(db)
                    changed = true
                }
            }
            return changed
        }
        return try Self.encodeResponse(EuiccMemoryResetResponse(resetResult: changed ? .ok : .nothingToDelete))
    }
}
