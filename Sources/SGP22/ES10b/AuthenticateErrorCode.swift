import SwiftASN1

/// Why the eUICC refused ES10b.AuthenticateServer.
///
/// ```asn1
/// AuthenticateErrorCode ::= INTEGER {
///     invalidCertificate (1),
///     invalidSignature (2),
///     unsupportedCurve (3),
///     noSessionContext (4), -- v3.1 names it noSession
///     invalidOid (5),
///     euiccChallengeMismatch (6),
///     ciPKUnknown (7),
///     transactionIdError (8), -- #SupportedFromV3.0.0#
///     missingCrl (9), -- #SupportedFromV3.0.0#
///     invalidCrlSignature (10), -- #SupportedFromV3.0.0#
///     revokedCert (11), -- #SupportedFromV3.0.0#
///     invalidCertOrCrlTime (12), -- #SupportedFromV3.0.0#
///     invalidCertOrCrlConfiguration (13), -- #SupportedFromV3.0.0#
///     invalidIccid (14), -- #SupportedForDcV3.0.0#
///     undefinedError (127)
/// }
/// ```
public enum AuthenticateErrorCode: NamedInteger {
    case invalidCertificate
    case invalidSignature
    case unsupportedCurve
    case noSessionContext
    case invalidOid
    case euiccChallengeMismatch
    case ciPKUnknown
    case transactionIdError
    case missingCrl
    case invalidCrlSignature
    case revokedCert
    case invalidCertOrCrlTime
    case invalidCertOrCrlConfiguration
    case invalidIccid
    case undefinedError
    /// A code this version does not name.
    case other(Int)

    private static let named: [(AuthenticateErrorCode, Int)] = [
        (.invalidCertificate, 1), (.invalidSignature, 2), (.unsupportedCurve, 3), (.noSessionContext, 4),
        (.invalidOid, 5), (.euiccChallengeMismatch, 6), (.ciPKUnknown, 7), (.transactionIdError, 8),
        (.missingCrl, 9), (.invalidCrlSignature, 10), (.revokedCert, 11), (.invalidCertOrCrlTime, 12),
        (.invalidCertOrCrlConfiguration, 13), (.invalidIccid, 14), (.undefinedError, 127),
    ]

    public init(code: Int) {
        self = Self.named.first { $0.1 == code }?.0 ?? .other(code)
    }

    public var code: Int {
        if case .other(let code) = self { return code }
        return Self.named.first { $0.0 == self }?.1 ?? 127
    }
}
