import Foundation
import Testing

@testable import APDU

@Suite("vpcd bridge", .timeLimit(.minutes(1)))
struct VPCDConnectionTests {
    @Test("Framing: two-byte big-endian length, then the payload")
    func framing() {
        #expect(VPCDFraming.frame([0x04]) == [0x00, 0x01, 0x04])
        #expect(VPCDFraming.frame([UInt8](repeating: 0, count: 300))?.prefix(2) == [0x01, 0x2C])
        #expect(VPCDFraming.frame([UInt8](repeating: 0, count: 65536)) == nil)
        #expect(VPCDFraming.payloadLength(header: [0x01, 0x2C]) == 300)
        #expect(VPCDFraming.payloadLength(header: [0x01]) == nil)
    }

    @Test("A vpcd session: power on, ATR, APDUs, reset, power off")
    func session() async throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let card = APDUDispatcher(applications: [EchoApplication(aid: WellKnownAID.isdR)])
        let events = Recorder<VPCDEvent>()
        let bridge = VPCDConnection(
            card: card, configuration: VPCDConfiguration(host: "127.0.0.1", port: listener.port, reconnect: nil),
            onEvent: { events.append($0) })
        let running = Task { try await bridge.run() }

        let answers = try await onThread { () -> [String: [UInt8]] in
            let peer = try listener.accept()
            defer { peer.close() }
            var answers: [String: [UInt8]] = [:]
            try peer.control(.powerOn)
            answers["atr"] = try peer.requestATR()
            answers["open"] = try peer.transmit(hex("0070000001"))
            answers["select"] = try peer.transmit(hex("01A4040C10" + isdRHex))
            answers["block0"] = try peer.transmit(hex("81E2110002AABB"))
            answers["block1"] = try peer.transmit(hex("81E2910102CCDD00"))
            answers["pending"] = try peer.transmit(hex("81E2110001EE"))  // a chain left open
            try peer.sendFrame([0x03])  // no such control code: ignored, no answer
            try peer.sendFrame([])  // empty frame: ignored
            try peer.control(.reset)
            answers["afterReset"] = try peer.transmit(hex("81E2910101FF"))
            answers["atrAgain"] = try peer.requestATR()
            answers["reopen"] = try peer.transmit(hex("0070000001"))
            try peer.control(.powerOff)
            answers["afterPowerOff"] = try peer.transmit(hex("01C0000000"))
            answers["short"] = try peer.transmit(hex("00A4"))
            return answers
        }
        try await running.value  // without reconnect, run() returns when vpcd closes the connection

        #expect(answers["atr"] == AnswerToReset.euicc.bytes)
        #expect(answers["open"] == hex("019000"))
        #expect(answers["select"] == hex("9000"))
        #expect(answers["block0"] == hex("9000"))
        #expect(answers["block1"] == hex("DDCCBBAA9000"))
        #expect(answers["pending"] == hex("9000"))
        #expect(answers["afterReset"] == hex("6881"))  // channel 1 closed by reset
        #expect(answers["atrAgain"] == AnswerToReset.euicc.bytes)
        #expect(answers["reopen"] == hex("019000"))
        #expect(answers["afterPowerOff"] == hex("6881"))  // and by power off
        #expect(answers["short"] == hex("6700"))
        let recorded = events.elements
        #expect(recorded.first == .connected(host: "127.0.0.1", port: listener.port))
        #expect(recorded.contains(.control(.powerOn)) && recorded.contains(.control(.reset)))
        #expect(recorded.contains(.control(.powerOff)) && recorded.contains(.unknownControlCode(3)))
        #expect(recorded.contains(.apdu(command: hex("00A4"), response: hex("6700"))))
        #expect(recorded.last == .disconnected(reason: "vpcd closed the connection"))
        #expect(await card.openChannels == [0])
    }

    @Test("When vpcd goes away the card is powered off, and the bridge reconnects")
    func reconnect() async throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let card = APDUDispatcher(applications: [EchoApplication(aid: WellKnownAID.isdR)])
        let policy = VPCDReconnectPolicy(initialDelay: 0.02, maximumDelay: 0.1)
        let bridge = VPCDConnection(
            card: card, configuration: VPCDConfiguration(host: "127.0.0.1", port: listener.port, reconnect: policy))
        let running = Task { try await bridge.run() }

        let (first, second) = try await onThread { () -> ([UInt8], [UInt8]) in
            let session = try listener.accept()
            try session.control(.powerOn)
            let opened = try session.transmit(hex("0070000001"))
            session.close()  // vpcd goes away with channel 1 open
            let again = try listener.accept()
            defer { again.close() }
            // No power-on this time: the channel must be gone all the same.
            return (opened, try again.transmit(hex("81E2910001AA")))
        }
        bridge.stop()
        try await running.value
        #expect(first == hex("019000"))
        #expect(second == hex("6881"))
    }

    @Test("Without a reconnect policy, a refused connection throws")
    func refused() async throws {
        let listener = try LoopbackListener()
        let port = listener.port
        listener.close()
        let bridge = VPCDConnection(
            card: APDUDispatcher(), configuration: VPCDConfiguration(host: "127.0.0.1", port: port, reconnect: nil))
        await #expect {
            try await bridge.run()
        } throws: { error in
            guard case .connectFailed(let host, let failedPort, _) = error as? VPCDError else { return false }
            return host == "127.0.0.1" && failedPort == port
        }
    }

    @Test("With a reconnect policy the bridge keeps trying until stopped, and cannot run twice")
    func retryUntilStopped() async throws {
        let listener = try LoopbackListener()
        let port = listener.port
        listener.close()
        let failures = Recorder<VPCDEvent>()
        let bridge = VPCDConnection(
            card: APDUDispatcher(),
            configuration: VPCDConfiguration(
                host: "127.0.0.1", port: port, reconnect: VPCDReconnectPolicy(initialDelay: 0.01, maximumDelay: 0.04)),
            onEvent: { failures.append($0) })
        let running = Task { try await bridge.run() }
        while failures.elements.count < 3 {
            try await Task.sleep(for: .milliseconds(10))
        }
        await #expect(throws: VPCDError.alreadyRunning) { try await bridge.run() }
        bridge.stop()
        try await running.value
        let delays = failures.elements.compactMap { event -> Double? in
            if case .connectionFailed(_, let retryIn) = event { return retryIn }
            return nil
        }
        #expect(Array(delays.prefix(3)) == [0.01, 0.02, 0.04])
    }

    @Test("Host names are resolved through the system resolver (localhost, from /etc/hosts)")
    func resolution() async throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let bridge = VPCDConnection(
            card: APDUDispatcher(),
            configuration: VPCDConfiguration(host: "localhost", port: listener.port, reconnect: nil))
        let running = Task { try await bridge.run() }
        let atr = try await onThread { () -> [UInt8] in
            let peer = try listener.accept()
            defer { peer.close() }
            return try peer.requestATR()
        }
        try await running.value
        #expect(atr == AnswerToReset.euicc.bytes)
    }

    @Test("Policy values are clamped and grow to the maximum")
    func policy() {
        let policy = VPCDReconnectPolicy(initialDelay: 0, maximumDelay: 0, multiplier: 0.5)
        #expect(policy.initialDelay == 0.001 && policy.maximumDelay == 0.001 && policy.multiplier == 1)
        #expect(VPCDReconnectPolicy.standard.next(after: 8) == 10)
        #expect(VPCDConfiguration().port == 35963)
    }
}
