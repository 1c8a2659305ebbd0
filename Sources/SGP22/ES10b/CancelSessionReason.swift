import SwiftASN1

/// Why the LPA cancels an RSP session (ES10b.CancelSession, ES9+.CancelSession).
///
/// Codes 16 to 30 come from SGP.22 v3.1.
///
/// ```asn1
/// CancelSessionReason ::= INTEGER {
///     endUserRejection (0),
///     postponed (1),
///     timeout (2),
///     pprNotAllowed (3),
///     metadataMismatch (4),
///     loadBppExecutionError (5),
///     sessionAborted (16), -- #SupportedFromV3.0.0#
///     enterpriseProfilesNotSupported (17), -- #SupportedFromV3.0.0#
///     enterpriseRulesNotAllowed (18), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseProfileNotAllowed (19), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseOidMismatch (20), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseRulesError (21), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseProfilesOnly (22), -- #SupportedForEnterpriseV3.0.0#
///     lprNotSupported (23), -- #SupportedForLpaProxyV3.0.0#
///     lprNetworkDataNotAllowed (24), -- #SupportedForLpaProxyV3.0.0#
///     emptyProfileOrSpName (25), -- #SupportedFromV3.0.0#
///     rpmDisabled (27), -- #SupportedForRpmV3.0.0#
///     invalidRpmPackage (28), -- #SupportedFromV3.0.0#
///     loadRpmPackageError (29), -- #SupportedForRpmV3.0.0#
///     operationAbandoned (30), -- #SupportedForDcV3.1.0#
///     undefinedReason (127)
/// }
/// ```
public enum CancelSessionReason: NamedInteger {
    case endUserRejection
    case postponed
    case timeout
    case pprNotAllowed
    case metadataMismatch
    case loadBppExecutionError
    case sessionAborted
    case enterpriseProfilesNotSupported
    case enterpriseRulesNotAllowed
    case enterpriseProfileNotAllowed
    case enterpriseOidMismatch
    case enterpriseRulesError
    case enterpriseProfilesOnly
    case lprNotSupported
    case lprNetworkDataNotAllowed
    case emptyProfileOrSpName
    case rpmDisabled
    case invalidRpmPackage
    case loadRpmPackageError
    case operationAbandoned
    case undefinedReason
    /// A code this version does not name.
    case other(Int)

    private static let named: [(CancelSessionReason, Int)] = [
        (.endUserRejection, 0), (.postponed, 1), (.timeout, 2), (.pprNotAllowed, 3), (.metadataMismatch, 4),
        (.loadBppExecutionError, 5), (.sessionAborted, 16), (.enterpriseProfilesNotSupported, 17),
        (.enterpriseRulesNotAllowed, 18), (.enterpriseProfileNotAllowed, 19), (.enterpriseOidMismatch, 20),
        (.enterpriseRulesError, 21), (.enterpriseProfilesOnly, 22), (.lprNotSupported, 23),
        (.lprNetworkDataNotAllowed, 24), (.emptyProfileOrSpName, 25), (.rpmDisabled, 27),
        (.invalidRpmPackage, 28), (.loadRpmPackageError, 29), (.operationAbandoned, 30),
        (.undefinedReason, 127),
    ]

    public init(code: Int) {
        self = Self.named.first { $0.1 == code }?.0 ?? .other(code)
    }

    public var code: Int {
        if case .other(let code) = self { return code }
        return Self.named.first { $0.0 == self }?.1 ?? 127
    }
}
