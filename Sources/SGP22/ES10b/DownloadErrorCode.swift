import SwiftASN1

/// Why the eUICC refused ES10b.PrepareDownload.
///
/// ```asn1
/// DownloadErrorCode ::= INTEGER {
///     invalidCertificate (1),
///     invalidSignature (2),
///     unsupportedCurve (3),
///     noSessionContext (4), -- v3.1 names it noSession
///     invalidTransactionId (5),
///     undefinedError (127)
/// }
/// ```
public enum DownloadErrorCode: NamedInteger {
    case invalidCertificate
    case invalidSignature
    case unsupportedCurve
    case noSessionContext
    case invalidTransactionId
    case undefinedError
    /// A code this version does not name.
    case other(Int)

    public init(code: Int) {
        switch code {
        case 1: self = .invalidCertificate
        case 2: self = .invalidSignature
        case 3: self = .unsupportedCurve
        case 4: self = .noSessionContext
        case 5: self = .invalidTransactionId
        case 127: self = .undefinedError
        default: self = .other(code)
        }
    }

    public var code: Int {
        switch self {
        case .invalidCertificate: 1
        case .invalidSignature: 2
        case .unsupportedCurve: 3
        case .noSessionContext: 4
        case .invalidTransactionId: 5
        case .undefinedError: 127
        case .other(let code): code
        }
    }
}
