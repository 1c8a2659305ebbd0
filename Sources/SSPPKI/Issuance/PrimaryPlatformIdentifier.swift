/// The identifier of an iSSP Primary Platform: 32 characters in 8 dash-separated groups of 4,
/// such as `55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D074`.
///
/// The SPBL certificate carries it in its subject's serialNumber, as an eUICC certificate carries
/// the EID. The first group is the maker code, which the iSSP maker's name constraint permits,
/// as the EUM's constraint permits an EID prefix.
public struct PrimaryPlatformIdentifier: Hashable, Sendable, CustomStringConvertible {
    /// The identifier with its dashes, upper case.
    public let value: String

    /// The number of groups.
    public static let groupCount = 8
    /// The characters in each group.
    public static let groupLength = 4

    /// Validates and normalises `text` (letters are upper-cased).
    public init(_ text: String) throws(PKIBuilderError) {
        let upper = text.uppercased()
        if let problem = Self.problem(with: upper) { throw .invalidPlatformIdentifier(text, reason: problem) }
        self.value = upper
    }

    /// A random identifier whose first group is `makerCode`.
    public static func random(makerCode: String) throws(PKIBuilderError) -> PrimaryPlatformIdentifier {
        let alphabet = Array("0123456789ABCDEF")
        var groups = [makerCode.uppercased()]
        for _ in 1..<groupCount {
            groups.append(String((0..<groupLength).map { _ in alphabet.randomElement() ?? "0" }))
        }
        return try PrimaryPlatformIdentifier(groups.joined(separator: "-"))
    }

    /// The first group: the code of the maker under which the identifier was assigned.
    public var makerCode: String { String(value.prefix(Self.groupLength)) }

    public var description: String { value }

    /// Why `text` is not a Primary Platform identifier, or `nil` when it is one.
    static func problem(with text: String) -> String? {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == groupCount else {
            return "it has \(groups.count) dash-separated groups instead of \(groupCount)"
        }
        for (index, group) in groups.enumerated() {
            guard group.count == groupLength else {
                return "group \(index + 1) has \(group.count) characters instead of \(groupLength)"
            }
            guard group.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }) else {
                return "group \(index + 1) holds characters other than digits and letters A-Z"
            }
        }
        return nil
    }
}
