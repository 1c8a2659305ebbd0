import APDU
import Foundation
import SGP22
import Testing

@testable import EUICC

/// Malformed, truncated and hostile ES10 input: the card answers a status word or an SGP.22 error code, never
/// crashes, and its state is unchanged.
@Suite struct HostileInputTests {
    @Test(
        arguments: [
            [0xBF],  // truncated tag
            [0xBF, 0x2E],  // tag without length
            [0xBF, 0x2E, 0x05, 0x00],  // length past the end
            [0xBF, 0x2E, 0x00, 0x00],  // trailing byte
            [0xBF, 0x2D, 0x03, 0x5C, 0x05, 0x5A],  // inner length past the end
            [0xBF, 0x38, 0x00],  // AuthenticateServer without its fields
            [0xBF, 0x21, 0x02, 0x30, 0x00],  // PrepareDownload with an empty smdpSigned2
            [0xBF, 0x31, 0x03, 0x5A, 0x01, 0x00],  // EnableProfile with a one-byte ICCID
            [0xBF, 0x30, 0x03, 0x80, 0x01],  // truncated NotificationSent
            [0x30, 0x00],  // not an ES10 tag
            [0xFF, 0xFF, 0xFF, 0xFF, 0xFF],  // tag never ends
        ] as [[UInt8]])
    func malformedCommandsAreRefused(command: [UInt8]) async throws {
        let card = try await TestCard.make()
        let status = try await card.statusWord(of: command)
        #expect(status == .wrongData || status == .functionNotSupported)
        // The card still works.
        #expect(try await card.challenge().count == 16)
    }

    @Test func unimplementedFunctionsAreNotSupported() async throws {
        let card = try await TestCard.make()
        // LoadCRL (BF35) and UpdateMetadata (BF2A) are not offered by this card.
        #expect(try await card.statusWord(of: [0xBF, 0x35, 0x00]) == .functionNotSupported)
        #expect(try await card.statusWord(of: [0xBF, 0x2A, 0x00]) == .functionNotSupported)
    }

    @Test(
        arguments: [
            [0xBF, 0x36, 0x03, 0xBF, 0x23, 0x00],
            [0xA0, 0x00],
            [0xA1, 0x00],
            [0x88, 0x00],
            [0x86, 0x02, 0x00, 0x00],
        ] as [[UInt8]])
    func segmentsWithoutASessionAreRefused(segment: [UInt8]) async throws {
        let card = try await TestCard.make()
        #expect(try await card.statusWord(of: segment) == .conditionsNotSatisfied)
    }

    @Test func garbageFirstSegmentEndsTheSessionWithAResult() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let transactionId = try TestSMDPPlus.newTransactionId()
        _ = try await card.prepare(
            smdp, authentication: try await card.authenticate(smdp, transactionId: transactionId))
        let outcome = try await card.load([[0xBF, 0x36, 0x05, 0xBF, 0x23, 0x02, 0x80, 0x00]])
        #expect(outcome.error?.bppCommandId == .initialiseSecureChannel)
        #expect(outcome.error?.errorReason == .scp03tStructureError)
        #expect(outcome.result.profileInstallationResultData.transactionId == transactionId)
        #expect(try await card.statusWord(of: [0xA0, 0x00]) == .conditionsNotSatisfied)
    }

    @Test func truncatedSegmentsEndTheDownload() async throws {
        let card = try await TestCard.make()
        let smdp = TestSMDPPlus(hierarchy: card.hierarchy)
        let iccid = try ICCID.make(body: "894400000000000701")
        let outcome = try await card.download(
            smdp, metadata: try TestSMDPPlus.metadata(iccid: iccid),
            package: try TestProfilePackage.make(iccid: iccid, padding: 2000)
        ) { segments in
            var segments = segments
            segments[segments.count - 1].removeLast(5)
            return segments
        }
        #expect(outcome.error?.bppCommandId == .loadProfileElements)
        #expect(outcome.error?.errorReason == .scp03tStructureError)
        #expect(try await card.profiles().isEmpty)
    }

    @Test func theECASDAcceptsNoStoreData() async throws {
        let card = try await TestCard.make()
        let transport = try ES10Transport(connection: InProcessCardConnection(card: card.dispatcher))
        let fci = try await transport.open(aid: WellKnownAID.ecasd)
        #expect(fci.contains(subsequence: WellKnownAID.ecasd))
        await #expect(throws: ES10TransportError.self) { try await transport.transmitES10([0xBF, 0x2E, 0x00]) }
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence: [UInt8]) -> Bool {
        guard subsequence.count <= count else { return false }
        return (0...(count - subsequence.count)).contains { Array(self[$0..<($0 + subsequence.count)]) == subsequence }
    }
}
