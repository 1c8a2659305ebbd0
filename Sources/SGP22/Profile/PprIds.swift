import SwiftASN1

/// The Profile Policy Rules set on a Profile (or forbidden by an eUICC).
///
/// ```asn1
/// PprIds ::= BIT STRING { -- Definition of Profile Policy Rules identifiers
///     pprUpdateControl (0), -- defines how to update PPRs via ES6
///     ppr1 (1), -- Indicator for PPR1 'Disabling of this Profile is not allowed'
///     ppr2 (2) -- Indicator for PPR2 'Deletion of this Profile is not allowed'
/// }
/// ```
public struct PprIds: NamedBitList {
    public var rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Defines how to update PPRs via ES6.
    public static let pprUpdateControl = PprIds(bit: 0)
    /// PPR1: disabling of this Profile is not allowed.
    public static let ppr1 = PprIds(bit: 1)
    /// PPR2: deletion of this Profile is not allowed.
    public static let ppr2 = PprIds(bit: 2)
}
