/// The 16-byte random challenges of Si2/Si3 (spblChallenge, spbmChallenge) and other fresh random values.
public enum SpbChallenge {
    /// The size of a challenge (`Octet16`).
    public static let byteCount = 16

    /// A fresh challenge from the system's secure random generator.
    public static func generate() -> [UInt8] {
        randomBytes(byteCount)
    }

    /// `count` bytes from the system's secure random generator.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<max(count, 0)).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}
