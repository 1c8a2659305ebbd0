import SGP22
import SwiftASN1

/// Why the LBA cancels a download session.
///
/// ```asn1
/// CancelSpbSessionReason ::= INTEGER {
///     endUserRejection (0),
///     postponed (1),
///     timeout (2),
///     metadataMismatch (3),
///     loadBoundSpbError (4),
///     undefinedReason (127)
/// }
/// ```
public enum CancelSpbSessionReason: NamedInteger {
    /// The user declined the bundle.
    case endUserRejection
    /// The user postponed the download.
    case postponed
    /// The user did not answer in time.
    case timeout
    /// The metadata the SPB Manager announced does not match what was ordered.
    case metadataMismatch
    /// The SPBL failed to load the image.
    case loadBoundSpbError
    case undefinedReason
    /// A reason this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 0: self = .endUserRejection
        case 1: self = .postponed
        case 2: self = .timeout
        case 3: self = .metadataMismatch
        case 4: self = .loadBoundSpbError
        case 127: self = .undefinedReason
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .endUserRejection: 0
        case .postponed: 1
        case .timeout: 2
        case .metadataMismatch: 3
        case .loadBoundSpbError: 4
        case .undefinedReason: 127
        case .other(let code): code
        }
    }
}
