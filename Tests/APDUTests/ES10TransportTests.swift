import Testing

@testable import APDU

@Suite("Terminal side: ES10 transport")
struct ES10TransportTests {
    /// A card with an echo ISD-R and a pattern application, and a transport that records what it sends.
    func makeTransport(
        blockSize: Int = ES10Transport.defaultBlockSize
    ) throws
        -> (ES10Transport, APDUDispatcher, Recorder<(CommandAPDU, ResponseAPDU)>)
    {
        let card = APDUDispatcher(applications: [
            EchoApplication(aid: WellKnownAID.isdR, proprietaryData: hex("9F6501FF")),
            PatternApplication(aid: hex("A000000559AA")),
        ])
        let connection = InProcessCardConnection(card: card)
        let log = Recorder<(CommandAPDU, ResponseAPDU)>()
        let transport = try ES10Transport(blockSize: blockSize) { command in
            let response = try await connection.transmit(command)
            log.append((command, response))
            return response
        }
        return (transport, card, log)
    }

    @Test("open: MANAGE CHANNEL, then SELECT ISD-R on the new channel; the FCI comes back")
    func open() async throws {
        let (transport, card, log) = try makeTransport()
        let fci = try await transport.open()
        #expect(fci == hex("6F18 8410" + isdRHex + "A5049F6501FF"))
        #expect(await transport.channel == 1)
        #expect(await card.selectedAID(onChannel: 1) == WellKnownAID.isdR)
        #expect(log.elements.map(\.0.bytes) == [hex("0070000001"), hex("01A4040010" + isdRHex + "00")])
    }

    @Test("A 1000-byte request goes in nine 120-byte-or-less blocks with P1 11…91 and P2 0…8")
    func blocks() async throws {
        let (transport, _, log) = try makeTransport()
        try await transport.open()
        let request = (0..<1000).map { UInt8(($0 * 7) & 0xFF) }
        let response = try await transport.transmitES10(request)
        #expect(response == request.reversed())
        let storeData = log.elements.map(\.0).filter { $0.ins == 0xE2 }
        #expect(storeData.count == 9)
        #expect(storeData.map(\.p1) == [UInt8](repeating: 0x11, count: 8) + [0x91])
        #expect(storeData.map(\.p2) == Array(0...8))
        #expect(storeData.map(\.data.count) == [UInt8](repeating: 120, count: 8).map(Int.init) + [40])
        #expect(storeData.allSatisfy { $0.cla == 0x81 })
        #expect(storeData.dropLast().allSatisfy { $0.ne == nil } && storeData.last?.ne == 256)
        #expect(storeData.flatMap(\.data) == request)
        let getResponses = log.elements.map(\.0).filter { $0.ins == 0xC0 }
        #expect(getResponses.count == 4)  // 1000 = 3 × 256 + 232
        #expect(getResponses.allSatisfy { $0.cla == 0x01 })
        #expect(getResponses.map(\.ne) == [256, 256, 256, 232])
    }

    @Test("A 3000-byte response through 61xx and GET RESPONSE")
    func longResponse() async throws {
        let (transport, _, log) = try makeTransport()
        try await transport.open(aid: hex("A000000559AA"))
        #expect(try await transport.transmitES10(hex("0BB8")) == PatternApplication.pattern(3000))
        #expect(log.elements.filter { $0.0.ins == 0xC0 }.count == 12)
        #expect(try await transport.transmitES10(hex("0010")) == PatternApplication.pattern(16))
    }

    @Test("Block sizes 1 and 255 work; 0 and 256 are refused")
    func blockSizes() async throws {
        for size in [1, 255] {
            let (transport, _, _) = try makeTransport(blockSize: size)
            try await transport.open()
            let request = [UInt8](repeating: 0x42, count: 200) + [1, 2, 3]
            #expect(try await transport.transmitES10(request) == request.reversed())
        }
        for size in [0, 256] {
            #expect(throws: ES10TransportError.invalidBlockSize(size)) {
                try ES10Transport(blockSize: size) { _ in ResponseAPDU(statusWord: .success) }
            }
        }
    }

    @Test("Logical channels 4-19 use the further-interindustry class bytes")
    func highChannels() async throws {
        let (transport, card, log) = try makeTransport()
        for _ in 1...6 { _ = await card.process(hex("0070000001")) }  // channels 1-6 taken
        try await transport.open()
        #expect(await transport.channel == 7)
        #expect(try await transport.transmitES10(hex("BF2E00")) == hex("002EBF"))
        #expect(log.elements.map(\.0).last { $0.ins == 0xE2 }?.cla == 0xC3)
        #expect(log.elements.map(\.0).first { $0.ins == 0xA4 }?.cla == 0x43)
    }

    @Test("Basic-channel use, close, and calls before open")
    func lifecycle() async throws {
        let (transport, card, _) = try makeTransport()
        await #expect(throws: ES10TransportError.notOpen) { try await transport.transmitES10(hex("BF2E00")) }
        await #expect(throws: ES10TransportError.notOpen) { try await transport.close() }
        try await transport.open(useLogicalChannel: false)
        #expect(await transport.channel == 0)
        #expect(try await transport.transmitES10(hex("BF2000")) == hex("0020BF"))
        try await transport.open()  // moves to a logical channel
        #expect(await card.openChannels == [0, 1])
        try await transport.close()
        #expect(await card.openChannels == [0])
        #expect(await transport.channel == nil)
        try await transport.open()
        await #expect(throws: ES10TransportError.emptyRequest) { try await transport.transmitES10([]) }
        let tooLong = [UInt8](repeating: 0, count: 257 * 120)
        await #expect(throws: ES10TransportError.requestTooLong(length: tooLong.count, blockSize: 120)) {
            try await transport.transmitES10(tooLong)
        }
    }

    @Test("SELECT of an unknown AID throws naming the SW, and the channel opened for it is closed again")
    func selectFailure() async throws {
        let (transport, card, _) = try makeTransport()
        await #expect(
            throws: ES10TransportError.unexpectedStatus(
                .fileOrApplicationNotFound, step: "SELECT A000000999 on channel 1")
        ) {
            try await transport.open(aid: hex("A000000999"))
        }
        #expect(await card.openChannels == [0])
        #expect(await transport.channel == nil)
    }

    @Test("Status words other than 9000/61xx throw an error that names them")
    func errorStatus() async throws {
        let (transport, _, _) = try makeTransport()
        try await transport.open(aid: hex("A000000559AA"))
        do {
            _ = try await transport.transmitES10(hex("FF01"))
            Issue.record("expected an error")
        } catch let error as ES10TransportError {
            #expect(error == .unexpectedStatus(.referencedDataNotFound, step: "STORE DATA block 1 of 1 on channel 1"))
            #expect(
                error.description
                    == "STORE DATA block 1 of 1 on channel 1 failed with SW 6A88 (referenced data not found)")
        }
    }

    @Test("A middle block refused by the card stops the command")
    func middleBlockRefused() async throws {
        let transport = try ES10Transport(blockSize: 2) { command in
            switch command.ins {
            case 0x70: return ResponseAPDU(data: [2], statusWord: .success)
            case 0xA4: return ResponseAPDU(statusWord: .success)
            default: return ResponseAPDU(statusWord: command.p2 == 1 ? .notEnoughMemory : .success)
            }
        }
        try await transport.open()
        await #expect(
            throws: ES10TransportError.unexpectedStatus(.notEnoughMemory, step: "STORE DATA block 2 of 3 on channel 2")
        ) {
            try await transport.transmitES10([1, 2, 3, 4, 5])
        }
    }

    @Test("6Cxx on GET RESPONSE is repeated with the exact Le")
    func wrongLe() async throws {
        let sent = Recorder<CommandAPDU>()
        let transport = try ES10Transport { command in
            sent.append(command)
            switch (command.ins, command.ne) {
            case (0x70, _): return ResponseAPDU(data: [1], statusWord: .success)
            case (0xA4, _): return ResponseAPDU(statusWord: .success)
            case (0xE2, _): return ResponseAPDU(statusWord: StatusWord(0x6120))
            case (0xC0, 10): return ResponseAPDU(data: [UInt8](repeating: 7, count: 10), statusWord: .success)
            case (0xC0, _): return ResponseAPDU(statusWord: StatusWord(0x6C0A))
            default: return ResponseAPDU(statusWord: .instructionNotSupported)
            }
        }
        try await transport.open()
        #expect(try await transport.transmitES10([1]) == [UInt8](repeating: 7, count: 10))
        #expect(sent.elements.filter { $0.ins == 0xC0 }.map(\.ne) == [32, 10])
        // exchange() repeats any command that gets 6Cxx.
        let repeated = try await transport.exchange(CommandAPDU(cla: 0x01, ins: 0xC0, p1: 0, p2: 0, ne: 256))
        #expect(repeated.data.count == 10 && repeated.statusWord == .success)
    }

    @Test("Malformed MANAGE CHANNEL answers are refused", arguments: [[], [0], [20], [1, 2]] as [[UInt8]])
    func badChannelNumber(_ data: [UInt8]) async throws {
        let transport = try ES10Transport { _ in ResponseAPDU(data: data, statusWord: .success) }
        await #expect(throws: ES10TransportError.malformedChannelNumber(data)) { try await transport.open() }
    }

    @Test("A card that keeps announcing data is cut off at the limit")
    func endlessResponse() async throws {
        let transport = try ES10Transport { command in
            switch command.ins {
            case 0x70: return ResponseAPDU(data: [1], statusWord: .success)
            case 0xA4: return ResponseAPDU(statusWord: .success)
            default: return ResponseAPDU(data: command.ins == 0xC0 ? [0] : [], statusWord: StatusWord(0x6101))
            }
        }
        try await transport.open()
        await #expect(throws: ES10TransportError.responseTooLong(limit: ES10Transport.maximumResponseLength)) {
            try await transport.transmitES10([1])
        }
    }

    @Test("Concurrent ES10 commands on one transport do not interleave their blocks")
    func concurrentCommands() async throws {
        let (transport, _, _) = try makeTransport(blockSize: 16)
        try await transport.open()
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let request = [UInt8](repeating: UInt8(index), count: 100 + index)
                    return try await transport.transmitES10(request) == request.reversed()
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == [Bool](repeating: true, count: 8))
    }
}
