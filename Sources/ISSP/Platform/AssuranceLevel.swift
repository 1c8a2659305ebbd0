/// The security assurance a Primary Platform was certified at: a Common Criteria Evaluation Assurance
/// Level (ISO/IEC 15408, EAL1 to EAL7), possibly augmented (written `EAL4+`), as secure-element protection
/// profiles state it.
public struct AssuranceLevel: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The evaluation assurance level, 1 to 7.
    public let level: Int
    /// Whether the evaluation was augmented with components above the level (for example AVA_VAN.5).
    public let isAugmented: Bool

    /// The levels Common Criteria defines.
    public static let levels = 1...7

    /// An assurance level; `level` must be 1 to 7.
    public init(level: Int, augmented: Bool = false) throws(PlatformDescriptionError) {
        guard Self.levels.contains(level) else {
            throw .invalidAssuranceLevel("EAL\(level)", reason: "Common Criteria levels run from EAL1 to EAL7")
        }
        self.level = level
        self.isAugmented = augmented
    }

    /// A level the caller has already checked (constants of this module).
    init(checkedLevel level: Int, augmented: Bool) {
        self.level = level
        self.isAugmented = augmented
    }

    /// Parses `EALn` or `EALn+` (case-insensitive).
    public init(_ text: String) throws(PlatformDescriptionError) {
        let upper = text.uppercased()
        guard upper.hasPrefix("EAL") else {
            throw .invalidAssuranceLevel(text, reason: "an assurance level is written EAL1 to EAL7, optionally with +")
        }
        var digits = upper.dropFirst(3)
        let augmented = digits.hasSuffix("+")
        if augmented { digits = digits.dropLast() }
        guard digits.count == 1, let level = Int(digits) else {
            throw .invalidAssuranceLevel(text, reason: "an assurance level is written EAL1 to EAL7, optionally with +")
        }
        try self.init(level: level, augmented: augmented)
    }

    /// `EAL4+` for an augmented level 4.
    public var description: String { "EAL\(level)\(isAugmented ? "+" : "")" }

    public static func < (lhs: AssuranceLevel, rhs: AssuranceLevel) -> Bool {
        (lhs.level, lhs.isAugmented ? 1 : 0) < (rhs.level, rhs.isAugmented ? 1 : 0)
    }
}
