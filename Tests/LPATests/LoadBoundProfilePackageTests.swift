import APDU
import Foundation
import SGP22
import SwiftASN1
import Testing

@testable import LPA

/// ES10b.LoadBoundProfilePackage on the wire: one STORE DATA command per segment, in SGP.22's order, each
/// command's blocks numbered from 0, and the result read from the segment the card answers.
@Suite("LoadBoundProfilePackage segmentation")
struct LoadBoundProfilePackageTests {
    /// A package with two 88 and three 86 segments and a ReplaceSessionKeys A2, contents made up (the LPA does
    /// not look inside).
    static func package(withSecondSequence: Bool = true) throws -> [UInt8] {
        let initialise = InitialiseSecureChannelRequest(
            transactionId: try TransactionId(bytes: [0xAB, 0xCD]),
            controlRefTemplate: ControlRefTemplate(hostId: Array("HOST".utf8)),
            smdpOtpk: [0x04] + Array(repeating: 0x11, count: 64), smdpSign: Array(repeating: 0x22, count: 64))
        let package = BoundProfilePackage(
            initialiseSecureChannelRequest: initialise, firstSequenceOf87: [Array(repeating: 0x87, count: 40)],
            sequenceOf88: [Array(repeating: 0x88, count: 300), Array(repeating: 0x89, count: 20)],
            secondSequenceOf87: withSecondSequence ? [Array(repeating: 0x77, count: 50)] : nil,
            sequenceOf86: [
                Array(repeating: 0x86, count: 1020), Array(repeating: 0x85, count: 700), Array(repeating: 0x84, count: 9),
            ])
        return try package.derBytes()
    }

    /// A ProfileInstallationResult as a card answers it (signature made up).
    static var result: [UInt8] {
        get throws {
            let data = ProfileInstallationResultData(
                transactionId: try TransactionId(bytes: [0xAB, 0xCD]),
                notificationMetadata: NotificationMetadata(
                    seqNumber: 1, profileManagementOperation: .notificationInstall,
                    notificationAddress: "smdp.example.com"),
                smdpOid: try ASN1ObjectIdentifier(dotRepresentation: "2.999.10"),
                finalResult: .successResult(SuccessResult(aid: hex("A0000005591010FFFFFFFF8900001000"), simaResponse: hex("3003800100"))))
            return try ProfileInstallationResult(
                profileInstallationResultData: data, euiccSignPIR: EuiccSignPIR(signature: Array(repeating: 1, count: 64))
            ).derBytes()
        }
    }

    @Test("each segment is one STORE DATA command, in order, blocks numbered from 0 per command")
    func segmentsOnTheWire() async throws {
        let package = try Self.package()
        let expected = try BoundProfilePackage(derBytes: package).segments()
        // BF36+BF23, A0, A1 header, two 88, A2, A3 header, three 86.
        #expect(expected.count == 10)
        let card = ScriptedCard { _, index in
            index == expected.count - 1 ? ([0xBF, 0x37, 0x00], .success) : ([], .success)
        }
        let client = try await card.client()
        let progress = ProgressLog()
        await #expect(throws: ES10Error.self) {
            // BF37 00 is no valid result: the client stops and says so, after sending every segment.
            try await client.loadBoundProfilePackage(package) { progress.append($0, $1) }
        }
        #expect(card.commands == expected)
        #expect(card.commands.flatMap { $0 } == package)
        #expect(progress.entries.map(\.0) == Array(1...expected.count))
        #expect(progress.entries.allSatisfy { $0.1 == expected.count })

        // Blocks: P2 restarts at 0 for every command; P1 is 11 for middle blocks and 91 for the last.
        var commandIndex = 0
        var expectedBlock = 0
        for block in card.blocks {
            #expect(block.cla == 0x81 && block.ins == 0xE2)
            #expect(Int(block.p2) == expectedBlock)
            #expect(block.data.count <= ES10Transport.defaultBlockSize)
            if block.p1 == 0x91 {
                commandIndex += 1
                expectedBlock = 0
            } else {
                #expect(block.p1 == 0x11)
                expectedBlock += 1
            }
        }
        #expect(commandIndex == expected.count)
        // The big 86 segment (1020 bytes of content) needed several blocks.
        #expect(card.blocks.count > expected.count)
    }

    @Test("sending stops at the first segment the card answers with data")
    func stopsAtResult() async throws {
        let package = try Self.package(withSecondSequence: false)
        let result = try Self.result
        let card = ScriptedCard { _, index in index == 2 ? (result, .success) : ([], .success) }
        let client = try await card.client()
        let answer = try await client.loadBoundProfilePackage(package)
        #expect(card.commands.count == 3)
        #expect(answer.derBytes == result)
        #expect(answer.value.profileInstallationResultData.transactionId.bytes == [0xAB, 0xCD])
    }

    @Test("a card that answers no segment with a result is an error naming the segment count")
    func noResult() async throws {
        let package = try Self.package()
        let card = ScriptedCard { _, _ in ([], .success) }
        let client = try await card.client()
        let error = await #expect(throws: ES10Error.self) { try await client.loadBoundProfilePackage(package) }
        #expect(error == .noInstallationResult(segmentsSent: card.commands.count))
    }

    @Test("a segment refused with a status word stops the load")
    func refusedSegment() async throws {
        let package = try Self.package()
        let card = ScriptedCard { _, index in index == 3 ? ([], .wrongData) : ([], .success) }
        let client = try await card.client()
        let error = await #expect(throws: ES10Error.self) { try await client.loadBoundProfilePackage(package) }
        #expect(card.commands.count == 4)
        guard case .cardRefused(.loadBoundProfilePackage, .wrongData, _)? = error else {
            Issue.record("expected cardRefused, got \(String(describing: error))")
            return
        }
    }

    @Test("hostile packages are refused before anything reaches the card")
    func hostilePackages() async throws {
        let good = try Self.package()
        var longForm = good
        // Re-encode the outer length in a longer form than DER allows: segmenting would change the bytes.
        longForm.replaceSubrange(2..<4, with: [0x83, 0x00, good[2] == 0x82 ? good[3] : 0])
        let inputs: [[UInt8]] = [
            [], [0xBF, 0x36], Array(good.prefix(good.count / 2)), good + [0x00], hex("BF3600"),
            hex("30 03 020101"), Array(repeating: 0xBF, count: 64), longForm,
        ]
        for input in inputs {
            let card = ScriptedCard { _, _ in ([], .success) }
            let client = try await card.client()
            let error = await #expect(throws: ES10Error.self) { try await client.loadBoundProfilePackage(input) }
            guard case .malformedResponse(.loadBoundProfilePackage, _)? = error else {
                Issue.record("expected a refusal of \(input.prefix(6)), got \(String(describing: error))")
                continue
            }
            #expect(card.commands.isEmpty)
        }
    }
}

/// Collects progress callbacks from any thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [(Int, Int)] = []

    func append(_ segment: Int, _ count: Int) {
        lock.lock()
        stored.append((segment, count))
        lock.unlock()
    }

    var entries: [(Int, Int)] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
