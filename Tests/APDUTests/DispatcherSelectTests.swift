import Testing

@testable import APDU

@Suite("Card side: SELECT by AID")
struct DispatcherSelectTests {
    let isdR = EchoApplication(aid: WellKnownAID.isdR, proprietaryData: hex("9F6501FF"))
    let ecasd = EchoApplication(aid: WellKnownAID.ecasd)

    @Test("Full AID: the FCI template with the AID and the proprietary data")
    func fullAID() async throws {
        let card = APDUDispatcher(applications: [isdR, ecasd])
        let response = try await send(card, "00A4040010" + isdRHex + "00")
        #expect(response.statusWord == .success)
        #expect(response.data == hex("6F18 8410" + isdRHex + "A5049F6501FF"))
        #expect(await card.selectedAID(onChannel: 0) == WellKnownAID.isdR)
    }

    @Test("Without Le the FCI waits for GET RESPONSE")
    func fciThroughGetResponse() async throws {
        let card = APDUDispatcher(applications: [isdR])
        let response = try await send(card, "00A4040010" + isdRHex)
        #expect(response == ResponseAPDU(statusWord: StatusWord(0x611A)))
        let fetched = try await send(card, "00C000001A")
        #expect(fetched == ResponseAPDU(data: hex("6F18 8410" + isdRHex + "A5049F6501FF"), statusWord: .success))
    }

    @Test("P2 04 answers the FCP template, P2 0C no data")
    func answerKinds() async throws {
        let card = APDUDispatcher(applications: [ecasd])
        let fcp = try await send(card, "00A4040410A0000005591010FFFFFFFF890000020000")
        #expect(fcp.data == FileControlInformation(aid: WellKnownAID.ecasd).fcpTemplate)
        #expect(fcp.data.first == 0x62)
        let none = try await send(card, "00A4040C10A0000005591010FFFFFFFF8900000200")
        #expect(none == ResponseAPDU(statusWord: .success))
    }

    @Test("Partial AID: exact match first, then prefixes in registration order; P2 02 walks to the next")
    func partialAID() async throws {
        let card = APDUDispatcher(applications: [ecasd, isdR])
        #expect(try await send(card, "00A4040C0CA0000005591010FFFFFFFF89").statusWord == .success)
        #expect(await card.selectedAID(onChannel: 0) == WellKnownAID.ecasd)
        #expect(try await send(card, "00A4040E0CA0000005591010FFFFFFFF89").statusWord == .success)
        #expect(await card.selectedAID(onChannel: 0) == WellKnownAID.isdR)
        #expect(try await send(card, "00A4040E0CA0000005591010FFFFFFFF89").statusWord == .fileOrApplicationNotFound)
        #expect(await card.selectedAID(onChannel: 0) == WellKnownAID.isdR)
        let short = APDUDispatcher(applications: [EchoApplication(aid: hex("A0000005591010")), isdR])
        _ = try await send(short, "00A4040E10" + isdRHex)
        #expect(await short.selectedAID(onChannel: 0) == WellKnownAID.isdR)
        _ = try await send(short, "00A4040C07A0000005591010")
        #expect(await short.selectedAID(onChannel: 0) == hex("A0000005591010"))
    }

    @Test("Unknown AID: 6A82, and the previous selection stays")
    func notFound() async throws {
        let card = APDUDispatcher(applications: [isdR])
        _ = try await send(card, "00A4040C10" + isdRHex)
        #expect(try await send(card, "00A4040005A000000999").statusWord == .fileOrApplicationNotFound)
        #expect(await card.selectedAID(onChannel: 0) == WellKnownAID.isdR)
        #expect(try await send(card, "00A4040011" + isdRHex + "01").statusWord == .wrongLength)  // longer AID
    }

    @Test("Wrong P1/P2, selection by file identifier, no data, wrong class")
    func refusals() async throws {
        let card = APDUDispatcher(applications: [isdR])
        #expect(try await send(card, "00A4000C023F00").statusWord == .fileOrApplicationNotFound)
        #expect(try await send(card, "00A4050005A000000559").statusWord == .incorrectP1P2)
        #expect(try await send(card, "00A4041005A000000559").statusWord == .incorrectP1P2)
        #expect(try await send(card, "00A4040105A000000559").statusWord == .incorrectP1P2)
        #expect(try await send(card, "00A4040000").statusWord == .wrongLength)  // Le only, no AID
        #expect(try await send(card, "00A40400").statusWord == .wrongLength)
        #expect(try await send(card, "80A4040010" + isdRHex).statusWord == .classNotSupported)
    }

    @Test("An application refusing selection answers its status and changes nothing")
    func refusedSelection() async throws {
        let card = APDUDispatcher(applications: [isdR, LockedApplication(aid: hex("A000000099"))])
        _ = try await send(card, "00A4040C10" + isdRHex)
        #expect(try await send(card, "00A4040005A000000099").statusWord == .conditionsNotSatisfied)
        #expect(await card.selectedAID(onChannel: 0) == WellKnownAID.isdR)
    }

    @Test("Registering replaces an application with the same AID")
    func registration() async throws {
        let card = APDUDispatcher(applications: [isdR])
        await card.register(EchoApplication(aid: WellKnownAID.isdR, tag: [0x99]))
        await card.register(ecasd)
        _ = try await send(card, "00A4040C10" + isdRHex)
        #expect(try await send(card, "80E2910001AA00").data == hex("99AA"))
    }
}
