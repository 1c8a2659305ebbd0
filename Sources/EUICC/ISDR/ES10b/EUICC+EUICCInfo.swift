import Crypto
import GRDB
import SGP22

/// ES10b: the challenge and what the eUICC says about itself (SGP.22 §5.7.7, §5.7.8, §5.7.9).
extension EUICC {
    /// GetEUICCChallenge (BF2E): a fresh 16-byte random challenge. It starts a new RSP session: a challenge
    /// issued earlier, and any session built on it, are forgotten.
    func getEUICCChallenge(_ command: [UInt8]) throws -> [UInt8] {
        _ = try Self.decodeRequest(GetEuiccChallengeRequest.self, command)
        let challenge = SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) }
        session.startAuthentication(challenge: challenge)
        return try Self.encodeResponse(GetEuiccChallengeResponse(euiccChallenge: challenge))
    }

    /// GetEUICCInfo1 (BF20): the SVN and the CI key identifiers for verification and signing.
    func getEUICCInfo1(_ command: [UInt8]) throws -> [UInt8] {
        _ = try Self.decodeRequest(GetEuiccInfo1Request.self, command)
        return try Self.encodeResponse(euiccInfo1())
    }

    /// GetEUICCInfo2 (BF22): versions, free memory, capabilities and CI key identifiers.
    func getEUICCInfo2(_ command: [UInt8]) throws -> [UInt8] {
        _ = try Self.decodeRequest(GetEuiccInfo2Request.self, command)
        return try Self.encodeResponse(try euiccInfo2())
    }

    /// GetRAT (BF43): the Rules Authorisation Table.
    func getRAT(_ command: [UInt8]) throws -> [UInt8] {
        _ = try Self.decodeRequest(GetRatRequest.self, command)
        return try Self.encodeResponse(GetRatResponse(rat: try rulesAuthorisationTable()))
    }

    // MARK: Building the answers

    func euiccInfo1() -> EUICCInfo1 {
        EUICCInfo1(
            svn: configuration.svn,
            euiccCiPKIdListForVerification: trustedIssuers.map(\.keyIdentifier),
            euiccCiPKIdListForSigning: signingKeyIdentifiers)
    }

    /// EUICCInfo2 as it stands now; see docs/euicc.md for why each field has the value it has.
    func euiccInfo2() throws -> EUICCInfo2 {
        let (profileCount, used) = try database.read("measure profile memory") { db in
            (try ProfileRecord.fetchCount(db), try Self.usedProfileMemory(db))
        }
        let free = max(configuration.profileMemoryCapacity - used, 0)
        var capability: RspCapability = []
        if free >= configuration.additionalProfileThreshold, profileCount < ISDPAllocator.capacity {
            capability.insert(.additionalProfile)
        }
        if configuration.supportedProfileClasses.contains(.test) {
            capability.insert(.testProfileSupport)
        }
        let rat = try rulesAuthorisationTable()
        let allowed = rat.rules.reduce(PprIds()) { $0.union($1.pprIds) }
        let forbidden = PprIds([.ppr1, .ppr2]).subtracting(allowed)
        return EUICCInfo2(
            profileVersion: configuration.profileVersion,
            svn: configuration.svn,
            euiccFirmwareVer: configuration.firmwareVersion,
            extCardResource: Self.extendedCardResource(
                installedApplications: profileCount, freeNonVolatile: free, freeVolatile: configuration.volatileMemory),
            uiccCapability: configuration.uiccCapability,
            rspCapability: capability,
            euiccCiPKIdListForVerification: trustedIssuers.map(\.keyIdentifier),
            euiccCiPKIdListForSigning: signingKeyIdentifiers,
            forbiddenProfilePolicyRules: forbidden.isEmpty ? nil : forbidden,
            ppVersion: VersionType(major: 0, minor: 0, revision: 0),
            sasAcreditationNumber: "")
    }

    /// The CIs the card can sign for: the one its EUM certificate chains to.
    var signingKeyIdentifiers: [[UInt8]] {
        identity.signingCIKeyIdentifier.map { [$0] } ?? []
    }

    func rulesAuthorisationTable() throws -> RulesAuthorisationTable {
        let bytes = try database.read("read RAT") { db in try CardRecord.fetch(db).rat }
        do {
            return try RulesAuthorisationTable(derBytes: bytes)
        } catch {
            throw EUICCError.notACard(reason: "the stored Rules Authorisation Table is damaged: \(error)")
        }
    }

    /// Bytes taken by installed profile packages.
    static func usedProfileMemory(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(LENGTH(profilePackage)), 0) FROM profile") ?? 0
    }

    /// ETSI TS 102 226 §8.2.1.7.2 Extended Card Resources Information: '81' number of installed applications,
    /// '82' free non-volatile memory, '83' free volatile memory, each a minimal big-endian integer.
    static func extendedCardResource(installedApplications: Int, freeNonVolatile: Int, freeVolatile: Int) -> [UInt8] {
        func tlv(_ tag: UInt8, _ value: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            var remaining = max(value, 0)
            repeat {
                bytes.insert(UInt8(remaining & 0xFF), at: 0)
                remaining >>= 8
            } while remaining > 0
            return [tag, UInt8(bytes.count)] + bytes
        }
        return tlv(0x81, installedApplications) + tlv(0x82, freeNonVolatile) + tlv(0x83, freeVolatile)
    }
}
