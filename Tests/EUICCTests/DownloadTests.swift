import Crypto
import Foundation
import SAIP
import SGP22
import SSPCrypto
import Testing

@testable import EUICC

/// Profile download over APDUs, from GetEUICCChallenge to the ProfileInstallationResult.
@Suite struct DownloadTests {
    @Test func ts48ProfileInstallsAndIsListed() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let bytes = try TestData.bytes("ts48/TS48V1-A-UNIQUE.der")
        let package = try ProfilePackage(bytes: bytes)
        let metadata = try TestSMDPPlus.metadata(iccid: package.iccid, name: "TS.48 generic test profile")

        var segmentSizes: [Int] = []
        let outcome = try await card.download(smdp, metadata: metadata, package: bytes) { segments in
            segmentSizes = segments.filter { $0.first == 0x86 }.map(\.count)
            return segments
        }
        // The package travels in '86' segments of at most 1020 bytes.
        #expect(segmentSizes.count == (bytes.count + 1006) / 1007)
        #expect(segmentSizes.allSatisfy { $0 <= 1020 })

        // Every segment before the last is answered with no data (9000 alone), as on real cards.
        #expect(outcome.segmentResponses.dropLast().allSatisfy { $0.isEmpty })
        let segments86 = (bytes.count + 1006) / 1007
        #expect(outcome.segmentResponses.count == 3 + 1 + segments86 + 1)
        #expect(outcome.isSuccess)
        let data = outcome.result.profileInstallationResultData
        guard case .successResult(let success) = data.finalResult else { return }
        #expect(success.aid == ISDPAllocator.aid(index: 0))
        #expect(success.simaResponse == [0x30, 0x07, 0xA0, 0x05, 0x30, 0x03, 0x80, 0x01, 0x00])
        #expect(data.smdpOid == smdp.oid)
        #expect(data.notificationMetadata.profileManagementOperation == .notificationInstall)
        #expect(data.notificationMetadata.notificationAddress == smdp.address)
        #expect(data.notificationMetadata.iccid == metadata.iccid)

        // euiccSignPIR verifies with the eUICC certificate's key over the DER of ProfileInstallationResultData.
        let euiccKey = card.hierarchy.euicc.privateKey.publicKey
        #expect(euiccKey.isValidSignature(rawBytes: outcome.result.euiccSignPIR.signature, for: try data.signedBytes()))

        let profiles = try await card.profiles()
        #expect(profiles.count == 1)
        #expect(profiles.first?.iccid == metadata.iccid)
        #expect(profiles.first?.profileState == .disabled)
        #expect(profiles.first?.profileName == "TS.48 generic test profile")
        #expect(profiles.first?.profileClass == .operational)
        #expect(profiles.first?.isdpAid == ISDPAllocator.aid(index: 0))
        #expect(profiles.first?.dpProprietaryData?.dpOid == smdp.oid)

        // The whole package is kept byte for byte.
        let stored = try await card.card.storedProfilePackage(iccid: package.iccid)
        #expect(stored == bytes)

        // The result is also the pending install notification.
        let notifications = try await card.notifications()
        #expect(notifications == [data.notificationMetadata])
    }

    @Test func replaceSessionKeysIsHonoured() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let iccid = try ICCID.make(body: "894400000000000001")
        let outcome = try await card.download(
            smdp, metadata: try TestSMDPPlus.metadata(iccid: iccid),
            package: try TestProfilePackage.make(iccid: iccid, padding: 3000), replaceSessionKeys: true)
        #expect(outcome.isSuccess)
        #expect(try await card.profiles().map(\.iccid) == [iccid.wireValue])
    }

    @Test func secondProfileGetsTheNextISDP() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        for body in ["894400000000000001", "894400000000000002"] {
            let iccid = try ICCID.make(body: body)
            let outcome = try await card.download(
                smdp, metadata: try TestSMDPPlus.metadata(iccid: iccid),
                package: try TestProfilePackage.make(iccid: iccid))
            #expect(outcome.isSuccess)
        }
        #expect(
            try await card.profiles().compactMap(\.isdpAid) == [
                ISDPAllocator.aid(index: 0), ISDPAllocator.aid(index: 1),
            ])
        #expect(ISDPAllocator.aid(index: 1).hexString == "A0000005591010FFFFFFFF8900001100")
    }
}

extension Array where Element == UInt8 {
    var hexString: String { map { String(format: "%02X", $0) }.joined() }
}

/// Every GSMA TS.48 test profile in the reference data installs (their ProfileHeaders make different services
/// mandatory, and they use SAIP 2.1 and 2.3).
@Suite struct TS48CatalogueTests {
    @Test func everyTS48PackageInstalls() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let folder = TestData.url("ts48")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".der") }
            .sorted()
        #expect(files.count >= 10)
        var installed: Set<String> = []
        for file in files {
            let bytes = try TestData.bytes("ts48/" + file)
            let iccid = try SAIPPackage.iccid(bytes)
            let outcome = try await card.download(
                smdp, metadata: try TestSMDPPlus.metadata(iccid: iccid), package: bytes)
            let alreadyThere = installed.contains(iccid.digits)
            let failure = await card.card.lastInstallationFailure
            if alreadyThere {
                #expect(outcome.error?.errorReason == .installFailedDueToIccidAlreadyExistsOnEuicc, "\(file)")
            } else {
                #expect(outcome.isSuccess, "\(file): \(failure ?? "")")
                installed.insert(iccid.digits)
            }
        }
        #expect(try await card.profiles().count == installed.count)
    }
}
