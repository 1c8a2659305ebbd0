import Foundation
import GRDB
import SGP22
import SPB

/// Standalone Telecom Bundles: the USIM the simulated network authenticates.
extension ISSPPlatform {
    /// Runs AKA on the Standalone bundle `spbId`, which must be Active (running on a modem port).
    ///
    /// The accepted sequence number is persisted in the same transaction that reads the bundle, so a
    /// replayed challenge is refused after a restart too.
    public func authenticate(_ spbId: SpbId, rand: [UInt8], autn: [UInt8]) throws -> UICCAuthenticationResult {
        try database.write("authenticate on \(spbId)") { db in
            var record = try fetchBundle(spbId, in: db)
            let bundleClass = TelecomBundleClass(code: record.bundleClass)
            guard bundleClass == .standalone else {
                throw ISSPError.wrongBundleClass(spbId, expected: .standalone, found: bundleClass)
            }
            let state = SpbState(code: record.state)
            guard state == .active else { throw ISSPError.bundleNotActive(spbId, state: state) }
            var uicc = try standaloneUICC(record, spbId: spbId)
            let result = try uicc.authenticate(rand: rand, autn: autn)
            if case .success = result {
                record.sequenceNumbers = try StandaloneUICC.encode(uicc.authenticator.sequenceNumbers)
                try record.update(db)
            }
            return result
        }
    }

    /// Runs AKA on the Standalone bundle Active on modem `port`, as the baseband would.
    public func authenticate(port: Int, rand: [UInt8], autn: [UInt8]) throws -> UICCAuthenticationResult {
        guard let spbId = try portTable().bundle(on: port) else {
            throw ModemPortError.noSuchPort(port, portCount: limits.modemPorts)
        }
        return try authenticate(spbId, rand: rand, autn: autn)
    }

    /// The subscription of a Standalone bundle (ICCID, IMSI, keys), whatever its state.
    public func standaloneSubscription(_ spbId: SpbId) throws -> StandaloneBundleImage {
        try standaloneUICC(try bundleRecord(spbId), spbId: spbId).image
    }

    /// The running UICC of a Standalone bundle's row.
    private func standaloneUICC(_ record: BundleRecord, spbId: SpbId) throws -> StandaloneUICC {
        let bundleClass = TelecomBundleClass(code: record.bundleClass)
        guard bundleClass == .standalone else {
            throw ISSPError.wrongBundleClass(spbId, expected: .standalone, found: bundleClass)
        }
        do {
            guard let content = record.content, case .standaloneBundleImage(let image) = try SpbImageContent(
                derBytes: Array(content))
            else {
                throw ISSPError.corruptBundle(spbId, reason: "no Standalone image is stored")
            }
            let array = try record.sequenceNumbers.map(StandaloneUICC.decode) ?? SequenceNumberArray()
            return try StandaloneUICC(image: image, sequenceNumbers: array)
        } catch let error as ISSPError {
            throw error
        } catch {
            throw ISSPError.corruptBundle(spbId, reason: "the Standalone image does not decode: \(error)")
        }
    }
}
