import SwiftASN1

/// Why the eUICC failed to install a Bound Profile Package.
///
/// ```asn1
/// ErrorReason ::= INTEGER {
///     incorrectInputValues (1),
///     invalidSignature (2),
///     invalidTransactionId (3),
///     unsupportedCrtValues (4),
///     unsupportedRemoteOperationType (5),
///     unsupportedProfileClass (6),
///     scp03tStructureError (7), -- v3.1 names it bspStructureError
///     scp03tSecurityError (8), -- v3.1 names it bspSecurityError
///     installFailedDueToIccidAlreadyExistsOnEuicc (9),
///     installFailedDueToInsufficientMemoryForProfile (10),
///     installFailedDueToInterruption (11),
///     installFailedDueToPEProcessingError (12),
///     installFailedDueToDataMismatch (13),
///     testProfileInstallFailedDueToInvalidNaaKey (14),
///     pprNotAllowed (15),
///     enterpriseProfilesNotSupported (17), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseRulesNotAllowed (18), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseProfileNotAllowed (19), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseOidMismatch (20), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseRulesError (21), -- #SupportedForEnterpriseV3.0.0#
///     enterpriseProfilesOnly (22), -- #SupportedForEnterpriseV3.0.0#
///     lprNotSupported (23), -- #SupportedForLpaProxyV3.0.0#
///     unknownTlvInMetadata (26), -- #SupportedFromV3.0.0#
///     installFailedDueToUnknownError (127)
/// }
/// ```
public enum ErrorReason: NamedInteger {
    case incorrectInputValues
    case invalidSignature
    case invalidTransactionId
    case unsupportedCrtValues
    case unsupportedRemoteOperationType
    case unsupportedProfileClass
    case scp03tStructureError
    case scp03tSecurityError
    case installFailedDueToIccidAlreadyExistsOnEuicc
    case installFailedDueToInsufficientMemoryForProfile
    case installFailedDueToInterruption
    case installFailedDueToPEProcessingError
    case installFailedDueToDataMismatch
    case testProfileInstallFailedDueToInvalidNaaKey
    case pprNotAllowed
    case enterpriseProfilesNotSupported
    case enterpriseRulesNotAllowed
    case enterpriseProfileNotAllowed
    case enterpriseOidMismatch
    case enterpriseRulesError
    case enterpriseProfilesOnly
    case lprNotSupported
    case unknownTlvInMetadata
    case installFailedDueToUnknownError
    /// A code this version does not name.
    case other(Int)

    private static let named: [(ErrorReason, Int)] = [
        (.incorrectInputValues, 1), (.invalidSignature, 2), (.invalidTransactionId, 3),
        (.unsupportedCrtValues, 4), (.unsupportedRemoteOperationType, 5), (.unsupportedProfileClass, 6),
        (.scp03tStructureError, 7), (.scp03tSecurityError, 8), (.installFailedDueToIccidAlreadyExistsOnEuicc, 9),
        (.installFailedDueToInsufficientMemoryForProfile, 10), (.installFailedDueToInterruption, 11),
        (.installFailedDueToPEProcessingError, 12), (.installFailedDueToDataMismatch, 13),
        (.testProfileInstallFailedDueToInvalidNaaKey, 14), (.pprNotAllowed, 15),
        (.enterpriseProfilesNotSupported, 17), (.enterpriseRulesNotAllowed, 18),
        (.enterpriseProfileNotAllowed, 19), (.enterpriseOidMismatch, 20), (.enterpriseRulesError, 21),
        (.enterpriseProfilesOnly, 22), (.lprNotSupported, 23), (.unknownTlvInMetadata, 26),
        (.installFailedDueToUnknownError, 127),
    ]

    public init(code: Int) {
        self = Self.named.first { $0.1 == code }?.0 ?? .other(code)
    }

    public var code: Int {
        if case .other(let code) = self { return code }
        return Self.named.first { $0.0 == self }?.1 ?? 127
    }
}
