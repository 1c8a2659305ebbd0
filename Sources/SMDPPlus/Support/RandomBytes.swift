/// Random octets from the system's cryptographically secure generator (challenges, transaction identifiers,
/// Profile Protection Keys).
enum RandomBytes {
    static func make(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}
