/// The syntax rule the card applies to RSP server addresses (serverAddress, defaultDpAddress): SGP.22 carries
/// them as an FQDN, optionally with a port, without scheme or path.
enum ServerAddress {
    /// Whether `address` looks like `host.example.com` or `host.example.com:8443`: 1 to 255 characters, labels
    /// of letters, digits and hyphens (not at either end) separated by dots, an optional decimal port.
    static func isPlausible(_ address: String) -> Bool {
        guard (1...255).contains(address.utf8.count) else { return false }
        var host = Substring(address)
        if let colon = address.lastIndex(of: ":") {
            let port = address[address.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCIIDigit), let number = Int(port),
                (1...65535).contains(number)
            else { return false }
            host = address[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return !labels.isEmpty
            && labels.allSatisfy { label in
                (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                    && label.allSatisfy { $0.isASCIILetterOrDigit || $0 == "-" }
            }
    }

    /// Addresses compare without regard to letter case, as DNS names do.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        lhs.lowercased() == rhs.lowercased()
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}
