import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP port on 127.0.0.1 that is free right now: the kernel picks it for a socket bound to port 0, which is
/// then closed, so a server's address (`localhost:PORT`) can be known before the server binds it.
public enum LoopbackPort {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String { "no free TCP port on 127.0.0.1" }
    }

    public static func free() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Unavailable() }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard ok else { throw Unavailable() }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
