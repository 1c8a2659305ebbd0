import Foundation

/// Serves an `APDUDispatcher` to PC/SC through vsmartcard's vpcd: the bridge connects to vpcd over TCP (the
/// virtual card is the client; vpcd listens on port 35963) and answers its frames (`VPCDFraming`).
///
/// - Control codes: power off and reset drop all logical channels, STORE DATA chains and waiting responses
///   (`APDUDispatcher.powerOff()` / `reset()`); "get ATR" is answered with the ATR.
/// - Command APDUs: answered with the dispatcher's response APDU.
/// - When vpcd goes away, the card is powered off and, if the configuration has a reconnect policy, the
///   bridge connects again with exponential backoff.
///
/// The socket uses blocking I/O on a dedicated thread that `run()` starts; `stop()` ends it from anywhere.
public final class VPCDConnection: @unchecked Sendable {
    /// The card served.
    public let card: APDUDispatcher
    /// Where to connect and how to retry.
    public let configuration: VPCDConfiguration

    private let onEvent: (@Sendable (VPCDEvent) -> Void)?
    // Guarded by `lock`.
    private let lock = NSLock()
    private var running = false
    private var stopRequested = false
    private var activeSocket: TCPSocket?
    private var wakeUp = DispatchSemaphore(value: 0)

    /// A bridge for `card`.
    ///
    /// - Parameter onEvent: called on the bridge's thread for each `VPCDEvent`; keep it short.
    public init(
        card: APDUDispatcher, configuration: VPCDConfiguration = VPCDConfiguration(),
        onEvent: (@Sendable (VPCDEvent) -> Void)? = nil
    ) {
        self.card = card
        self.configuration = configuration
        self.onEvent = onEvent
    }

    /// Connects and serves until `stop()` is called, or, without a reconnect policy, until vpcd closes the
    /// connection.
    ///
    /// - Throws: without a reconnect policy, `VPCDError` when the connection cannot be made or fails;
    ///   `VPCDError.alreadyRunning` when the bridge is already running.
    public func run() async throws {
        try withLock { () throws(VPCDError) in
            guard !running else { throw .alreadyRunning }
            running = true
            stopRequested = false
            wakeUp = DispatchSemaphore(value: 0)
        }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread { [self] in
                let outcome: Result<Void, any Error>
                do {
                    try serve()
                    outcome = .success(())
                } catch {
                    outcome = .failure(error)
                }
                withLock { running = false }
                continuation.resume(with: outcome)
            }
            thread.name = "vpcd \(configuration.host):\(configuration.port)"
            thread.start()
        }
    }

    /// Asks the bridge to stop: the connection is shut down, a pending retry is cut short, and `run()` returns.
    public func stop() {
        let semaphore = withLock {
            stopRequested = true
            activeSocket?.shutdownBoth()
            return wakeUp
        }
        semaphore.signal()
    }

    // MARK: The I/O thread

    private func serve() throws(VPCDError) {
        var delay = configuration.reconnect?.initialDelay ?? 0
        while !isStopRequested {
            let socket: TCPSocket
            do {
                socket = try TCPSocket.connect(host: configuration.host, port: configuration.port)
            } catch {
                guard let policy = configuration.reconnect else { throw error }
                onEvent?(.connectionFailed(reason: error.description, retryIn: delay))
                pause(seconds: delay)
                delay = policy.next(after: delay)
                continue
            }
            let accepted = withLock {
                if stopRequested { return false }
                activeSocket = socket
                return true
            }
            guard accepted else {
                socket.close()
                return
            }
            delay = configuration.reconnect?.initialDelay ?? 0
            onEvent?(.connected(host: configuration.host, port: configuration.port))
            var failure: VPCDError?
            do {
                try serveFrames(on: socket)
            } catch {
                failure = error
            }
            withLock { activeSocket = nil }
            socket.close()
            let card = self.card
            BlockingResult.wait(placeholder: ()) { await card.powerOff() }
            onEvent?(.disconnected(reason: failure?.description ?? "vpcd closed the connection"))
            if isStopRequested { return }
            guard let policy = configuration.reconnect else {
                if let failure { throw failure }
                return
            }
            pause(seconds: delay)
            delay = policy.next(after: delay)
        }
    }

    private func serveFrames(on socket: TCPSocket) throws(VPCDError) {
        let card = self.card
        while true {
            guard let header = try socket.read(exactly: 2), let length = VPCDFraming.payloadLength(header: header)
            else { return }
            guard length > 0 else { continue }
            guard let payload = try socket.read(exactly: length) else { throw .connectionClosedMidFrame }
            if payload.count == 1 {
                guard let code = VPCDControlCode(rawValue: payload[0]) else {
                    onEvent?(.unknownControlCode(payload[0]))
                    continue
                }
                onEvent?(.control(code))
                switch code {
                case .powerOff:
                    BlockingResult.wait(placeholder: ()) { await card.powerOff() }
                case .powerOn:
                    BlockingResult.wait(placeholder: ()) { _ = await card.powerOn() }
                case .reset:
                    BlockingResult.wait(placeholder: ()) { _ = await card.reset() }
                case .getATR:
                    try send(card.answerToReset.bytes, on: socket)
                }
            } else {
                let response = BlockingResult.wait(placeholder: StatusWord.noPreciseDiagnosis.bytes) {
                    await card.process(payload)
                }
                onEvent?(.apdu(command: payload, response: response))
                try send(response, on: socket)
            }
        }
    }

    private func send(_ payload: [UInt8], on socket: TCPSocket) throws(VPCDError) {
        guard let frame = VPCDFraming.frame(payload) else { throw .frameTooLong(length: payload.count) }
        try socket.write(frame)
    }

    private var isStopRequested: Bool { withLock { stopRequested } }

    /// Waits `seconds`, or less if `stop()` is called meanwhile.
    private func pause(seconds: Double) {
        let semaphore = withLock { wakeUp }
        _ = semaphore.wait(timeout: .now() + seconds)
    }

    private func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
