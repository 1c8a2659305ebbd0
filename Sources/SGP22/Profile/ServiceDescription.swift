import SwiftASN1

/// The operator services a Profile provides (SGP.22 v3.1).
///
/// ```asn1
/// ServiceDescription ::= BIT STRING { -- 1: service is on, 0: service is off #SupportedFromV3.0.0#
///     voice (0), -- Operator-provided voice service
///     data (1) -- Operator-provided data service
/// }
/// ```
public struct ServiceDescription: NamedBitList {
    public var rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Operator-provided voice service.
    public static let voice = ServiceDescription(bit: 0)
    /// Operator-provided data service.
    public static let data = ServiceDescription(bit: 1)
}
