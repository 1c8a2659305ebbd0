/// Why `BoundProfilePackageSegmentReader` refused a segment. `segment` counts from 0.
public enum BoundProfilePackageSegmentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The segment is another part of the package than the one due now (out of order or repeated).
    case outOfOrder(segment: Int, expected: String, found: String)
    /// The segment is not well-formed: truncated, trailing bytes, bad length, bad content.
    case malformed(segment: Int, reason: String)
    /// The segment is longer than what remains of the `BF36`, `A1` or `A3` value it belongs to.
    case exceedsDeclaredLength(segment: Int, container: String, remaining: Int, size: Int)
    /// A segment arrived after the last `86` completed the package.
    case afterCompletion(segment: Int)

    public var description: String {
        switch self {
        case .outOfOrder(let segment, let expected, let found):
            "Bound Profile Package segment \(segment): expected \(expected), found \(found)"
        case .malformed(let segment, let reason):
            "Bound Profile Package segment \(segment) is malformed: \(reason)"
        case .exceedsDeclaredLength(let segment, let container, let remaining, let size):
            "Bound Profile Package segment \(segment) has \(size) bytes, but only \(remaining) remain of \(container)"
        case .afterCompletion(let segment):
            "Bound Profile Package segment \(segment) arrived after the package was complete"
        }
    }
}
