/// Converts between IP addresses in text and the octets of an `iPAddress` GeneralName.
enum IPAddressText {
    /// The octets of a dotted IPv4 address or a colon-separated IPv6 address, or `nil` if `text` is neither.
    static func parse(_ text: String) -> [UInt8]? {
        if text.contains(":") { return parseIPv6(text) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let value = UInt8(part) else {
                return nil
            }
            octets.append(value)
        }
        return octets
    }

    private static func parseIPv6(_ text: String) -> [UInt8]? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ s: String) -> [UInt16]? {
            if s.isEmpty { return [] }
            var result: [UInt16] = []
            for group in s.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// The text form of 4 or 16 address octets; other lengths are shown as hex.
    static func format(_ octets: [UInt8]) -> String {
        switch octets.count {
        case 4:
            return octets.map(String.init).joined(separator: ".")
        case 16:
            return stride(from: 0, to: 16, by: 2).map {
                String(UInt16(octets[$0]) << 8 | UInt16(octets[$0 + 1]), radix: 16)
            }.joined(separator: ":")
        default:
            return octets.map { String($0, radix: 16) }.joined(separator: ":")
        }
    }
}
