/// Response bytes announced with `61xx` and waiting for GET RESPONSE on one logical channel.
struct PendingResponse: Sendable {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// How many bytes are still waiting.
    var remaining: Int { bytes.count - offset }

    /// Removes and returns up to `count` bytes from the front.
    mutating func take(_ count: Int) -> [UInt8] {
        let end = offset + min(max(count, 0), remaining)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
