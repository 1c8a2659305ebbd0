import Foundation
import Testing

@testable import APDU

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes from hex digits; spaces are ignored. Test literals only: a bad digit is a bug in the test.
func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.filter { !$0.isWhitespace })
    precondition(digits.count % 2 == 0, "odd number of hex digits in \(text)")
    return stride(from: 0, to: digits.count, by: 2).map { index in
        guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else {
            preconditionFailure("not hex: \(text)")
        }
        return byte
    }
}

/// Sends hex APDU bytes to the card and parses the answer.
func send(_ card: APDUDispatcher, _ apdu: String) async throws -> ResponseAPDU {
    try ResponseAPDU(bytes: await card.process(hex(apdu)))
}

/// A deterministic generator so "random" inputs repeat from run to run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let isdRHex = "A0000005591010FFFFFFFF8900000100"

/// Answers STORE DATA with the command reversed, optionally preceded by a tag byte that names the app.
struct EchoApplication: CardApplication {
    let aid: [UInt8]
    var tag: [UInt8] = []
    var proprietaryData: [UInt8] = []

    func select() async throws -> FileControlInformation {
        FileControlInformation(aid: aid, proprietaryData: proprietaryData)
    }

    func handleStoreData(_ command: [UInt8]) async throws -> [UInt8] {
        tag + command.reversed()
    }
}

/// Answers STORE DATA `nnnn` (two bytes, big-endian) with nnnn bytes `i % 251`; GET DATA (`CA`) likewise
/// with P1 P2 as the length. STORE DATA `FFxx` throws `CardStatusError(6A88)`, `EEEE` throws a plain error.
struct PatternApplication: CardApplication {
    struct Broken: Error {}

    let aid: [UInt8]

    static func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8($0 % 251) }
    }

    func handleStoreData(_ command: [UInt8]) async throws -> [UInt8] {
        guard command.count == 2 else { throw CardStatusError(.wrongData, reason: "want a 2-byte length") }
        if command[0] == 0xFF { throw CardStatusError(.referencedDataNotFound) }
        if command == [0xEE, 0xEE] { throw Broken() }
        return Self.pattern(Int(command[0]) << 8 | Int(command[1]))
    }

    func handle(_ command: CommandAPDU, channel: Int) async throws -> ResponseAPDU? {
        switch command.ins {
        case 0xCA:
            return ResponseAPDU(data: Self.pattern(Int(command.p1) << 8 | Int(command.p2)), statusWord: .success)
        case 0xCB:
            return ResponseAPDU(data: [0x01], statusWord: StatusWord(0x6310))
        default:
            return nil
        }
    }
}

/// Refuses to be selected.
struct LockedApplication: CardApplication {
    let aid: [UInt8]

    func select() async throws -> FileControlInformation {
        throw CardStatusError(.conditionsNotSatisfied, reason: "locked")
    }

    func handleStoreData(_ command: [UInt8]) async throws -> [UInt8] { [] }
}

/// A thread-safe list, for recording from `@Sendable` closures.
final class Recorder<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Element] = []

    func append(_ element: Element) {
        lock.lock()
        storage.append(element)
        lock.unlock()
    }

    var elements: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Runs blocking work on a thread of its own, so it never holds a thread of the cooperative pool.
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread {
            continuation.resume(with: Result { try body() })
        }.start()
    }
}

struct TestSocketError: Error, CustomStringConvertible {
    let description: String
}

/// A TCP listener on 127.0.0.1 with an ephemeral port, playing vpcd for the bridge.
final class LoopbackListener: @unchecked Sendable {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw TestSocketError(description: "socket: \(TCPSocket.lastError())") }
        var on: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 4) == 0 else {
            TCPSocket(descriptor: descriptor).close()
            throw TestSocketError(description: "bind/listen: \(TCPSocket.lastError())")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        self.port = UInt16(bigEndian: address.sin_port)
    }

    /// Waits up to `timeout` seconds for the bridge to connect.
    func accept(timeout: Int32 = 10) throws -> VPCDPeerSession {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout * 1000) == 1 else {
            throw TestSocketError(description: "no connection within \(timeout) s")
        }
        #if canImport(Glibc)
            let accepted = Glibc.accept(descriptor, nil, nil)
        #else
            let accepted = Darwin.accept(descriptor, nil, nil)
        #endif
        guard accepted >= 0 else { throw TestSocketError(description: "accept: \(TCPSocket.lastError())") }
        var receiveTimeout = timeval(tv_sec: Int(timeout), tv_usec: 0)
        _ = setsockopt(
            accepted, SOL_SOCKET, SO_RCVTIMEO, &receiveTimeout, socklen_t(MemoryLayout<timeval>.size))
        return VPCDPeerSession(socket: TCPSocket(descriptor: accepted))
    }

    func close() {
        TCPSocket(descriptor: descriptor).close()
    }
}

/// vpcd's side of one connection: control codes and APDUs in frames.
struct VPCDPeerSession: Sendable {
    let socket: TCPSocket

    func sendFrame(_ payload: [UInt8]) throws {
        guard let frame = VPCDFraming.frame(payload) else { throw TestSocketError(description: "frame too long") }
        try socket.write(frame)
    }

    func receiveFrame() throws -> [UInt8] {
        guard let header = try socket.read(exactly: 2), let length = VPCDFraming.payloadLength(header: header) else {
            throw TestSocketError(description: "the card closed the connection")
        }
        guard length > 0 else { return [] }
        guard let payload = try socket.read(exactly: length) else {
            throw TestSocketError(description: "the card closed the connection mid-frame")
        }
        return payload
    }

    func control(_ code: VPCDControlCode) throws {
        try sendFrame([code.rawValue])
    }

    func requestATR() throws -> [UInt8] {
        try control(.getATR)
        return try receiveFrame()
    }

    func transmit(_ apdu: [UInt8]) throws -> [UInt8] {
        try sendFrame(apdu)
        return try receiveFrame()
    }

    func close() {
        socket.close()
    }
}
