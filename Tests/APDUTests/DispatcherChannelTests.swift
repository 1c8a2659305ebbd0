import Testing

@testable import APDU

@Suite("Card side: MANAGE CHANNEL and logical channels")
struct DispatcherChannelTests {
    let appA = EchoApplication(aid: hex("A000000001 01"), tag: [0xA1])
    let appB = EchoApplication(aid: hex("A000000001 02"), tag: [0xB2])
    let appC = EchoApplication(aid: hex("A000000002 03"), tag: [0xC3])
    let appD = EchoApplication(aid: hex("A000000002 04"), tag: [0xD4])

    @Test("The card assigns the lowest free channel and answers its number")
    func openAssigned() async throws {
        let card = APDUDispatcher()
        #expect(try await send(card, "0070000001") == ResponseAPDU(data: [1], statusWord: .success))
        #expect(try await send(card, "0070000001") == ResponseAPDU(data: [2], statusWord: .success))
        #expect(try await send(card, "00708001").statusWord == .success)
        #expect(try await send(card, "0070000001").data == [1])
        #expect(await card.openChannels == [0, 1, 2])
    }

    @Test("The terminal may name the channel to open")
    func openNamed() async throws {
        let card = APDUDispatcher(maximumChannels: 8)
        #expect(try await send(card, "00700005").statusWord == .success)
        #expect(await card.openChannels == [0, 5])
        #expect(try await send(card, "00700005").statusWord == .incorrectP1P2)  // already open
        #expect(try await send(card, "00700009").statusWord == .logicalChannelNotSupported)  // past 8 channels
        #expect(try await send(card, "00700014").statusWord == .incorrectP1P2)  // channel 20 cannot exist
    }

    @Test("All 19 logical channels open at once; the 20th is refused with 6A81")
    func allChannels() async throws {
        let card = APDUDispatcher()
        for expected in 1...19 {
            #expect(try await send(card, "0070000001").data == [UInt8(expected)])
        }
        #expect(try await send(card, "0070000001").statusWord == .functionNotSupported)
        #expect(await card.openChannels == Array(0...19))
        // Channel 19 is addressed with the further-interindustry class 4F / CF.
        #expect(try await send(card, "4F70800000").statusWord == .success)
        #expect(try await send(card, "4FA4040005A000000001").statusWord == .logicalChannelNotSupported)
    }

    @Test("Closing: by P2, by the class byte, never the basic channel, never a closed one")
    func close() async throws {
        let card = APDUDispatcher()
        _ = try await send(card, "0070000001")
        _ = try await send(card, "0070000001")
        #expect(try await send(card, "02708000").statusWord == .success)  // P2 00: the CLA's channel 2
        #expect(try await send(card, "00708001").statusWord == .success)
        #expect(try await send(card, "00708001").statusWord == .logicalChannelNotSupported)
        #expect(try await send(card, "00708000").statusWord == .incorrectP1P2)
        #expect(try await send(card, "00704000").statusWord == .incorrectP1P2)
        #expect(try await send(card, "0070000001AA").statusWord == .wrongLength)
        #expect(await card.openChannels == [0])
    }

    @Test("Commands on a channel that is not open get 6881")
    func channelNotOpen() async throws {
        let card = APDUDispatcher(applications: [appA])
        #expect(try await send(card, "01A4040006A00000000101").statusWord == .logicalChannelNotSupported)
        #expect(try await send(card, "83E2910001AA").statusWord == .logicalChannelNotSupported)
        #expect(try await send(card, "C5E2910001AA").statusWord == .logicalChannelNotSupported)
        #expect(try await send(card, "03C0000000").statusWord == .logicalChannelNotSupported)
    }

    @Test("A channel opened from another inherits its selection; from the basic channel it starts empty")
    func inheritance() async throws {
        let card = APDUDispatcher(applications: [appA, appB])
        _ = try await send(card, "0070000001")
        #expect(try await send(card, "01A4040C06A00000000102").statusWord == .success)
        #expect(try await send(card, "0170000001").data == [2])
        #expect(await card.selectedAID(onChannel: 2) == appB.aid)
        #expect(try await send(card, "0070000001").data == [3])
        #expect(await card.selectedAID(onChannel: 3) == nil)
    }

    @Test("A default application is selected on the basic channel and on channels opened from it")
    func defaultApplication() async throws {
        let card = APDUDispatcher(applications: [appA, appB], defaultApplicationAID: appB.aid)
        #expect(await card.selectedAID(onChannel: 0) == appB.aid)
        #expect(try await send(card, "80E2910002 0102 00") == ResponseAPDU(data: hex("B20201"), statusWord: .success))
        _ = try await send(card, "0070000001")
        #expect(await card.selectedAID(onChannel: 1) == appB.aid)
    }

    @Test("Four channels with different applications and interleaved STORE DATA chains")
    func interleavedChains() async throws {
        let card = APDUDispatcher(applications: [appA, appB, appC, appD])
        let apps = [appA, appB, appC, appD]
        // Open channels 1-4 (4 needs the further-interindustry class 40 / C0).
        for channel in 1...4 {
            #expect(try await send(card, "0070000001").data == [UInt8(channel)])
        }
        for (offset, app) in apps.enumerated() {
            let channel = offset + 1
            let cla = try #require(ClassByte(channel: channel, kind: .interindustry)).rawValue
            let select = CommandAPDU(cla: cla, ins: 0xA4, p1: 0x04, p2: 0x00, data: app.aid, ne: 256)
            let response = await card.process(select)
            #expect(response.statusWord == .success)
            #expect(response.data == FileControlInformation(aid: app.aid).fciTemplate)
        }
        // Three blocks per channel, sent round-robin: block 0 on all, then block 1 on all, then the last.
        func payload(_ channel: Int, _ block: Int) -> [UInt8] {
            [UInt8](repeating: UInt8(channel << 4 | block), count: 100 + channel)
        }
        for block in 0...2 {
            for channel in [3, 1, 4, 2] {
                let cla = try #require(ClassByte(channel: channel, kind: .proprietary)).rawValue
                let command = CommandAPDU(
                    cla: cla, ins: 0xE2, p1: block == 2 ? 0x91 : 0x11, p2: UInt8(block),
                    data: payload(channel, block))
                let response = await card.process(command)
                if block < 2 {
                    #expect(response == ResponseAPDU(statusWord: .success))
                } else {
                    // 1 tag + 3 × (100 + channel) bytes does not fit without Le: 61xx on each channel.
                    #expect(response.statusWord == .responseBytesAvailable(1 + 3 * (100 + channel)))
                }
            }
        }
        // Fetch the responses in another order; each channel kept its own.
        for channel in [2, 4, 1, 3] {
            let cla = try #require(ClassByte(channel: channel, kind: .interindustry)).rawValue
            var collected: [UInt8] = []
            var response = await card.process(CommandAPDU(cla: cla, ins: 0xC0, p1: 0, p2: 0, ne: 256))
            collected += response.data
            while let more = response.statusWord.isResponseBytesAvailable ? response.statusWord.announcedLength : nil {
                response = await card.process(CommandAPDU(cla: cla, ins: 0xC0, p1: 0, p2: 0, ne: more))
                collected += response.data
            }
            #expect(response.statusWord == .success)
            let request = payload(channel, 0) + payload(channel, 1) + payload(channel, 2)
            #expect(collected == apps[channel - 1].tag + request.reversed())
        }
    }

    @Test("Closing a channel drops its chain and selection; reopening starts clean")
    func closeDropsState() async throws {
        let card = APDUDispatcher(applications: [appA])
        _ = try await send(card, "0070000001")
        _ = try await send(card, "01A4040C06A00000000101")
        #expect(try await send(card, "81E2110001AA").statusWord == .success)
        #expect(try await send(card, "00708001").statusWord == .success)
        _ = try await send(card, "0070000001")
        #expect(await card.selectedAID(onChannel: 1) == nil)
        #expect(try await send(card, "81E2910101BB").statusWord == .conditionsNotSatisfied)
    }

    @Test("Power off and reset close every logical channel and drop chains and waiting responses")
    func powerCycle() async throws {
        let card = APDUDispatcher(applications: [appA])
        _ = try await send(card, "0070000001")
        _ = try await send(card, "00A4040C06A00000000101")
        #expect(try await send(card, "80E2110001AA").statusWord == .success)
        #expect(await card.reset() == .euicc)
        #expect(await card.openChannels == [0])
        #expect(await card.selectedAID(onChannel: 0) == nil)
        _ = try await send(card, "00A4040C06A00000000101")
        #expect(try await send(card, "80E2910101BB").statusWord == .incorrectP1P2)  // block 1 of no chain
        #expect(try await send(card, "80E2910001BB").statusWord == .responseBytesAvailable(2))
        _ = try await send(card, "0070000001")
        await card.powerOff()
        #expect(await card.openChannels == [0])
        #expect(try await send(card, "00C0000000").statusWord == .conditionsNotSatisfied)
        #expect(await card.powerOn().bytes == AnswerToReset.euicc.bytes)
    }
}
