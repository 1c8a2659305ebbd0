import SwiftASN1
import SGP22

/// The Telecom Bundle Class (seed requirement RSPB2X): what a Telecom Bundle behaves as once installed.
///
/// ```asn1
/// TelecomBundleClass ::= INTEGER {
///     standalone (0), -- a classic UICC (USIM/ISIM) with one subscription
///     rsp (1),        -- an SGP.22 eUICC into which any SM-DP+ may download Profiles
///     m2m (2)         -- an SGP.02 eUICC managed by an SM-SR
/// }
/// ```
public enum TelecomBundleClass: NamedInteger, CustomStringConvertible {
    /// A classic UICC with one subscription.
    case standalone
    /// An SGP.22 eUICC (RSP Telecom Bundle).
    case rsp
    /// An SGP.02 eUICC (M2M Telecom Bundle).
    case m2m
    /// A class this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .standalone
        case 1: self = .rsp
        case 2: self = .m2m
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .standalone: 0
        case .rsp: 1
        case .m2m: 2
        case .other(let code): code
        }
    }

    public var description: String {
        switch self {
        case .standalone: "Standalone"
        case .rsp: "RSP"
        case .m2m: "M2M"
        case .other(let code): "class \(code)"
        }
    }
}
