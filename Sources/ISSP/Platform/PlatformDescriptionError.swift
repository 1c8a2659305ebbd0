/// Why a description of the Primary Platform (part number, assurance level, limits) was refused.
public enum PlatformDescriptionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A part number whose text is not `maker/model/EALn[+]/major.minor.revision`.
    case invalidPartNumber(String, reason: String)
    /// An assurance level that is not EAL1 to EAL7.
    case invalidAssuranceLevel(String, reason: String)
    /// A platform limit out of range.
    case invalidLimits(reason: String)

    public var description: String {
        switch self {
        case .invalidPartNumber(let text, let reason):
            return "invalid Primary Platform part number \"\(text)\": \(reason)"
        case .invalidAssuranceLevel(let text, let reason):
            return "invalid assurance level \"\(text)\": \(reason)"
        case .invalidLimits(let reason):
            return "invalid platform limits: \(reason)"
        }
    }
}
