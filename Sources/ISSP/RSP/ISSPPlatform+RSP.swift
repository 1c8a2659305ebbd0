import APDU
import EUICC
import Foundation
import GRDB
import SGP22
import SPB

/// RSP Telecom Bundles: the hosted eUICCs, their APDU interfaces and the cached list of their Profiles.
extension ISSPPlatform {
    /// The APDU interface of an RSP bundle: a dispatcher whose ISD-R and ECASD are this bundle's eUICC.
    ///
    /// The LBA's LPA opens a logical channel and selects the ISD-R on it as on any eUICC. The dispatcher
    /// exists in every state but Deleted; while the bundle is Disabled its applications refuse (`6985`).
    public func cardInterface(for spbId: SpbId) throws -> APDUDispatcher {
        let record = try bundleRecord(spbId)
        let bundleClass = TelecomBundleClass(code: record.bundleClass)
        guard bundleClass == .rsp else { throw ISSPError.wrongBundleClass(spbId, expected: .rsp, found: bundleClass) }
        guard let hosted = hostedBundles[spbId] else {
            throw ISSPError.corruptBundle(spbId, reason: "its eUICC is not open")
        }
        return hosted.dispatcher
    }

    /// The APDU interface of the RSP bundle Active on modem `port`, as the baseband reaches it.
    public func cardInterface(onPort port: Int) throws -> APDUDispatcher? {
        guard let spbId = try portTable().bundle(on: port) else { return nil }
        return try cardInterface(for: spbId)
    }

    /// The eUICC of an RSP bundle, for tools that inspect it (the CLI, tests).
    public func euicc(of spbId: SpbId) throws -> EUICC {
        _ = try cardInterface(for: spbId)
        guard let hosted = hostedBundles[spbId] else {
            throw ISSPError.corruptBundle(spbId, reason: "its eUICC is not open")
        }
        return hosted.card
    }

    /// The Profiles inside an RSP bundle, as its ISD-R last answered GetProfilesInfo: readable whatever the
    /// bundle's state (RSPBX1), refreshed after every change and before the bundle is disabled.
    public func cachedProfiles(of spbId: SpbId) throws -> [ProfileInfo] {
        let record = try bundleRecord(spbId)
        let bundleClass = TelecomBundleClass(code: record.bundleClass)
        guard bundleClass == .rsp else { throw ISSPError.wrongBundleClass(spbId, expected: .rsp, found: bundleClass) }
        guard let bytes = record.profilesInfo else { return [] }
        do {
            switch try ProfileInfoListResponse(derBytes: Array(bytes)) {
            case .profileInfoListOk(let profiles): return profiles
            case .profileInfoListError(let error):
                throw ISSPError.corruptBundle(spbId, reason: "the cached Profile list is an error (\(error))")
            }
        } catch let error as ISSPError {
            throw error
        } catch {
            throw ISSPError.corruptBundle(spbId, reason: "the cached Profile list does not decode: \(error)")
        }
    }

    // MARK: Internals

    /// Refuses card access to a bundle that is not running: `6985` while Disabled, `6A82` once deleted.
    func admitCardAccess(_ spbId: SpbId) throws(CardStatusError) {
        let state: SpbState
        do {
            state = SpbState(code: try bundleRecord(spbId).state)
        } catch {
            throw CardStatusError(.fileOrApplicationNotFound, reason: "bundle \(spbId) is not installed")
        }
        guard state == .enabled || state == .active else {
            throw CardStatusError(.conditionsNotSatisfied, reason: "bundle \(spbId) is \(state)")
        }
    }

    /// Asks the bundle's ISD-R for its Profiles (GetProfilesInfo without search criteria) and stores the
    /// answer as the bundle's cached Profile metadata.
    func refreshProfilesCache(_ spbId: SpbId) async throws {
        guard let hosted = hostedBundles[spbId] else { return }
        let answer = try await hosted.card.isdR.handleStoreData(try ProfileInfoListRequest().derBytes())
        try database.write("cache the Profiles of \(spbId)") { db in
            guard var record = try BundleRecord.fetchOne(db, key: Data(spbId.bytes)) else { return }
            record.profilesInfo = Data(answer)
            try record.update(db)
        }
    }

    /// Opens the card file of an installed RSP bundle and gives it a dispatcher.
    func host(spbId: SpbId, cardFile: String?) throws {
        guard let cardFile else { throw ISSPError.corruptBundle(spbId, reason: "no card file is recorded") }
        let url = cardDirectory.appendingPathComponent(cardFile)
        let card: EUICC
        do {
            card = try EUICC.open(at: url, clock: clock)
        } catch {
            throw ISSPError.corruptBundle(spbId, reason: "its card file \(cardFile) cannot be opened: \(error)")
        }
        hostedBundles[spbId] = HostedRSPBundle(spbId: spbId, card: card, platform: self)
    }

    /// Closes and forgets the eUICC of a deleted bundle.
    func unhost(_ spbId: SpbId) async {
        if let hosted = hostedBundles.removeValue(forKey: spbId) {
            await hosted.card.resetSession()
        }
    }
}
