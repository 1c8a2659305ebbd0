import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A connected TCP socket with blocking reads and writes, for the vpcd bridge's dedicated I/O thread.
struct TCPSocket: Sendable {
    /// The file descriptor.
    let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Connects to `host`:`port`, trying each address the name resolves to.
    static func connect(host: String, port: UInt16) throws(VPCDError) -> TCPSocket {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamSocketType
        hints.ai_protocol = Int32(IPPROTO_TCP)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .resolutionFailed(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }
        var reason = "no address"
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            candidate = address.pointee.ai_next
            let descriptor = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            guard descriptor >= 0 else {
                reason = Self.lastError()
                continue
            }
            #if canImport(Glibc)
                let connected = Glibc.connect(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen)
            #else
                let connected = Darwin.connect(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen)
            #endif
            if connected == 0 {
                let socket = TCPSocket(descriptor: descriptor)
                socket.configure()
                return socket
            }
            reason = Self.lastError()
            _ = closeDescriptor(descriptor)
        }
        throw .connectFailed(host: host, port: port, reason: reason)
    }

    /// No Nagle delay (each frame is a whole request or answer); no SIGPIPE on Darwin.
    func configure() {
        var on: Int32 = 1
        _ = setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
            _ = setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Reads exactly `count` bytes.
    ///
    /// - Returns: the bytes, or `nil` when the peer closed the connection before the first of them.
    /// - Throws: `VPCDError.connectionClosedMidFrame` when it closed after some, `.socketFailed` on errors.
    func read(exactly count: Int) throws(VPCDError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let received = buffer.withUnsafeMutableBytes { raw in
                recv(descriptor, raw.baseAddress.map { $0 + filled }, count - filled, 0)
            }
            if received > 0 {
                filled += received
            } else if received == 0 {
                if filled == 0 { return nil }
                throw .connectionClosedMidFrame
            } else if errno != EINTR {
                throw .socketFailed(operation: "recv", reason: Self.lastError())
            }
        }
        return buffer
    }

    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws(VPCDError) {
        var sent = 0
        while sent < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                send(descriptor, raw.baseAddress.map { $0 + sent }, bytes.count - sent, Self.sendFlags)
            }
            if written > 0 {
                sent += written
            } else if written < 0, errno != EINTR {
                throw .socketFailed(operation: "send", reason: Self.lastError())
            }
        }
    }

    /// Wakes a blocked `read` from another thread; the descriptor stays valid until `close`.
    func shutdownBoth() {
        _ = shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Releases the descriptor.
    func close() {
        _ = Self.closeDescriptor(descriptor)
    }

    private static func closeDescriptor(_ descriptor: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.close(descriptor)
        #else
            Darwin.close(descriptor)
        #endif
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }

    #if canImport(Glibc)
        static let streamSocketType = Int32(SOCK_STREAM.rawValue)
        static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
        static let streamSocketType = SOCK_STREAM
        static let sendFlags: Int32 = 0
    #endif
}
