import SGP22
import SwiftASN1

/// Why the SPBL refused or failed an Si3 function.
///
/// One list for every Si3 function (AuthenticateSpbm, LoadBoundSpbInfo, ListSpbs, SpbStateChange,
/// CancelSpbSession); `description` is a sentence the LBA can log or show.
///
/// ```asn1
/// SpblErrorReason ::= INTEGER {
///     incorrectInputValues (1), invalidSignature (2), invalidTransactionId (3), unsupportedCrtValues (4),
///     ciPKIdNotSupported (5), familyNotSupported (6), invalidCertificate (7), unsupportedCurve (8),
///     noSessionContext (9), spblChallengeMismatch (10), keyAgreementCertificateMismatch (11),
///     bspStructureError (12), bspSecurityError (13), unsupportedBundleClass (14), bundleClassMismatch (15),
///     insufficientMemory (16), spbAlreadyExists (17), spbNotFound (18), invalidStateTransition (19),
///     activeSpbLimitReached (20), iccidAlreadyExists (21), imageProcessingError (22), undefinedError (127)
/// }
/// ```
public enum SpblErrorReason: NamedInteger, CustomStringConvertible, CaseIterable {
    case incorrectInputValues
    case invalidSignature
    case invalidTransactionId
    case unsupportedCrtValues
    case ciPKIdNotSupported
    case familyNotSupported
    case invalidCertificate
    case unsupportedCurve
    case noSessionContext
    case spblChallengeMismatch
    case keyAgreementCertificateMismatch
    case bspStructureError
    case bspSecurityError
    case unsupportedBundleClass
    case bundleClassMismatch
    case insufficientMemory
    case spbAlreadyExists
    case spbNotFound
    case invalidStateTransition
    case activeSpbLimitReached
    case iccidAlreadyExists
    case imageProcessingError
    case undefinedError
    /// A code this version does not name.
    case other(Int)

    /// Every named reason (not `other`).
    public static var allCases: [SpblErrorReason] { named.map(\.0) }

    private static let named: [(SpblErrorReason, Int, String)] = [
        (.incorrectInputValues, 1, "The command data could not be read or holds values out of range."),
        (.invalidSignature, 2, "A signature did not verify with the signer's certificate."),
        (.invalidTransactionId, 3, "The transaction ID does not belong to the session in progress."),
        (.unsupportedCrtValues, 4, "The bound image asks for a key type or length the SPBL does not support."),
        (.ciPKIdNotSupported, 5, "The SPB Manager chose a CI key the SPBL does not trust for this family."),
        (.familyNotSupported, 6, "The SPBL does not support this SPB family."),
        (.invalidCertificate, 7, "An SPB Manager certificate is not issued by the chosen family CI or is not valid."),
        (.unsupportedCurve, 8, "A certificate key is not on NIST P-256."),
        (.noSessionContext, 9, "No download session is in progress; authenticate the SPB Manager first."),
        (.spblChallengeMismatch, 10, "The SPB Manager signed another challenge than the one the SPBL issued."),
        (
            .keyAgreementCertificateMismatch, 11,
            "The key-agreement certificate is not the one the SPB Manager's signed data names."
        ),
        (.bspStructureError, 12, "The bound image's protected segments are malformed."),
        (.bspSecurityError, 13, "A protected segment of the bound image failed its MAC check."),
        (.unsupportedBundleClass, 14, "The Primary Platform cannot host this Telecom Bundle Class."),
        (.bundleClassMismatch, 15, "The image content does not match the Telecom Bundle Class in its metadata."),
        (.insufficientMemory, 16, "The Primary Platform does not have enough free memory for the bundle."),
        (.spbAlreadyExists, 17, "A bundle with this SPB ID is already installed."),
        (.spbNotFound, 18, "No installed bundle has this SPB ID."),
        (.invalidStateTransition, 19, "The bundle's current state does not allow this operation."),
        (.activeSpbLimitReached, 20, "As many bundles as the Primary Platform allows are already Active."),
        (.iccidAlreadyExists, 21, "A bundle with the same ICCID is already installed."),
        (.imageProcessingError, 22, "The SPBL could not install the image content."),
        (.undefinedError, 127, "The SPBL failed for an unspecified reason."),
    ]

    public init(code: Int) {
        self = Self.named.first { $0.1 == code }?.0 ?? .other(code)
    }

    public var code: Int {
        if case .other(let code) = self { return code }
        return Self.named.first { $0.0 == self }?.1 ?? 127
    }

    /// A sentence saying what went wrong.
    public var description: String {
        if case .other(let code) = self { return "The SPBL failed with reason \(code), unknown to this version." }
        return Self.named.first { $0.0 == self }?.2 ?? "The SPBL failed."
    }
}
