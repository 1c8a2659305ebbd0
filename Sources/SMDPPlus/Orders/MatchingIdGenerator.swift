/// Makes MatchingIDs (AC_Tokens) for orders that the operator confirms without one.
///
/// SGP.22 section 4.1 restricts the AC_Token to upper-case alphanumerics and `-`. The generated form is five
/// groups of five characters from an alphabet without the look-alikes `0 O 1 I`, as printed under QR codes:
/// 25 random characters of 32, 125 bits of entropy, so a MatchingID cannot be guessed.
public enum MatchingIdGenerator {
    /// The characters a generated MatchingID uses.
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A new random MatchingID such as `K7QX2-M9DRT-4HWPA-ZC3NE-8YJLB`.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<5).map { _ in
            String((0..<5).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] })
        }.joined(separator: "-")
    }

    /// Whether `text` is a MatchingID SGP.22 allows: 1 to 255 characters of `A`–`Z`, `0`–`9` and `-`.
    public static func isValid(_ text: String) -> Bool {
        (1...255).contains(text.utf8.count)
            && text.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}
