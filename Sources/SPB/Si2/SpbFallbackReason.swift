import SGP22
import SwiftASN1

/// Why the SPB Manager answers with a fallback instead of a Telecom Bundle (IRSP1).
///
/// ```asn1
/// SpbFallbackReason ::= INTEGER {
///     noInteroperableSpb (1), orderUsedUp (2), familyNotSupported (3), spbUnavailable (4),
///     insufficientMemory (5), bundleClassNotSupported (6), undefinedReason (127)
/// }
/// ```
public enum SpbFallbackReason: NamedInteger, CustomStringConvertible, CaseIterable {
    /// No Telecom Bundle suits this Primary Platform.
    case noInteroperableSpb
    /// The order behind the matching ID was already downloaded.
    case orderUsedUp
    /// The SPB Manager serves no family the SPBL supports.
    case familyNotSupported
    /// The ordered bundle cannot be delivered now.
    case spbUnavailable
    /// The Primary Platform lacks the space the bundle needs.
    case insufficientMemory
    /// The Primary Platform cannot host the ordered Telecom Bundle Class.
    case bundleClassNotSupported
    case undefinedReason
    /// A reason this version does not name.
    case other(Int)

    /// Every named reason (not `other`).
    public static var allCases: [SpbFallbackReason] { named.map(\.0) }

    private static let named: [(SpbFallbackReason, Int, String)] = [
        (.noInteroperableSpb, 1, "No Telecom Bundle is available for this device's Primary Platform."),
        (.orderUsedUp, 2, "This order has already been downloaded."),
        (.familyNotSupported, 3, "The SPB Manager serves no bundle family this device supports."),
        (.spbUnavailable, 4, "The ordered Telecom Bundle cannot be delivered now."),
        (.insufficientMemory, 5, "The device does not have enough free memory for the Telecom Bundle."),
        (.bundleClassNotSupported, 6, "The device cannot host this kind of Telecom Bundle."),
        (.undefinedReason, 127, "The Telecom Bundle download failed."),
    ]

    public init(code: Int) {
        self = Self.named.first { $0.1 == code }?.0 ?? .other(code)
    }

    public var code: Int {
        if case .other(let code) = self { return code }
        return Self.named.first { $0.0 == self }?.1 ?? 127
    }

    /// A sentence for the user.
    public var description: String {
        if case .other(let code) = self { return "The Telecom Bundle download failed (reason \(code))." }
        return Self.named.first { $0.0 == self }?.2 ?? "The Telecom Bundle download failed."
    }
}
