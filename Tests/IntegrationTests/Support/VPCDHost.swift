import APDU
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The reader side of vsmartcard's vpcd protocol, for tests: listens on a loopback port, accepts the card
/// process that `ssp card serve --vpcd` starts, and sends it frames (2-byte big-endian length, then a control
/// code or a command APDU), exactly as pcscd's vpcd driver does.
final class VPCDHost: CardConnection, @unchecked Sendable {
    enum HostError: Error, CustomStringConvertible {
        case socket(String)
        case closed
        case timedOut

        var description: String {
            switch self {
            case .socket(let reason): return "vpcd host socket error: \(reason)"
            case .closed: return "the card closed the vpcd connection"
            case .timedOut: return "no card connected to the vpcd host in time"
            }
        }
    }

    let port: UInt16
    private let listener: Int32
    private var client: Int32 = -1
    private let queue = DispatchQueue(label: "vpcd-host")

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw HostError.socket("socket() failed") }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
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
            close(descriptor)
            throw HostError.socket("bind/listen failed")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = UInt16(bigEndian: actual.sin_port)
    }

    deinit {
        if client >= 0 { close(client) }
        close(listener)
    }

    /// Waits for the card to connect (dropping a previous, dead connection) and powers it on.
    func acceptCard(timeout: TimeInterval = 30) async throws {
        try await run {
            if self.client >= 0 {
                close(self.client)
                self.client = -1
            }
            var poller = pollfd(fd: self.listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(timeout * 1000)) == 1 else { throw HostError.timedOut }
            let accepted = accept(self.listener, nil, nil)
            guard accepted >= 0 else { throw HostError.socket("accept() failed") }
            self.client = accepted
            try self.sendFrame([1])  // power on
            try self.sendFrame([4])  // get ATR
            _ = try self.readFrame()
        }
    }

    func transmit(_ command: CommandAPDU) async throws -> ResponseAPDU {
        try await run {
            try self.sendFrame(command.bytes)
            let answer = try self.readFrame()
            return try ResponseAPDU(bytes: answer)
        }
    }

    private func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try body() })
            }
        }
    }

    private func sendFrame(_ payload: [UInt8]) throws {
        let frame = [UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)] + payload
        var offset = 0
        while offset < frame.count {
            let written = frame[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw HostError.closed }
            offset += written
        }
    }

    private func readFrame() throws -> [UInt8] {
        let header = try readExactly(2)
        return try readExactly(Int(header[0]) << 8 | Int(header[1]))
    }

    private func readExactly(_ count: Int) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let received = buffer[offset...].withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard received > 0 else { throw HostError.closed }
            offset += received
        }
        return buffer
    }
}
