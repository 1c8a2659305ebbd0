/// An error that a `CardApplication` throws to answer a command with a particular status word.
///
/// Any other error an application throws is answered with `6F00` (no precise diagnosis).
public struct CardStatusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The status word to answer with.
    public let statusWord: StatusWord
    /// Why, for logs.
    public let reason: String

    /// An error answered with `statusWord`.
    public init(_ statusWord: StatusWord, reason: String = "") {
        self.statusWord = statusWord
        self.reason = reason
    }

    public var description: String {
        reason.isEmpty ? "card status \(statusWord)" : "card status \(statusWord): \(reason)"
    }
}
