import SGP22
import SSPCrypto

/// Why a signed or bound Si2/Si3 object was refused, on either end (SPBL or SPB Manager).
///
/// Each case says what was wrong and where; ``spblErrorReason`` gives the code the SPBL answers with and
/// ``si2ErrorCode`` the status the SPB Manager answers with.
public enum SpbBindingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A message could not be encoded or decoded; `what` names it.
    case malformed(what: String, reason: String)
    /// The signature `what` does not verify with the signer's certificate.
    case badSignature(what: String)
    /// A BSP segment of `what` (the image or the token) failed its C-MAC check.
    case badMAC(what: String, reason: String)
    /// The BSP segments of `what` are malformed (length, padding, tag).
    case malformedSegments(what: String, reason: String)
    /// The object belongs to another session.
    case wrongTransaction(expected: TransactionId, received: TransactionId)
    /// The signed challenge `which` is not the one issued in this session.
    case challengeMismatch(which: String)
    /// The chosen CI key is not one the other side supports.
    case ciKeyNotSupported(ciPKId: [UInt8])
    /// A certificate is not issued by the expected authority (its authorityKeyIdentifier names another key).
    case certificateNotIssuedBy(certificate: String, expectedKeyIdentifier: [UInt8])
    /// The key-agreement certificate is not the one whose hash the SPB Manager signed.
    case keyAgreementCertificateMismatch
    /// A certificate's key cannot be used (not P-256, or not matching the private key it goes with).
    case unsupportedKey(what: String, reason: String)
    /// The image asks for key parameters other than AES-128 ('88', '10').
    case unsupportedControlReferenceTemplate(keyType: UInt8, keyLength: UInt8)
    /// Two statements of the SSP's identity disagree (platform ID, certificate, token).
    case identityMismatch(reason: String)
    /// The image content is of another Telecom Bundle Class than its metadata says.
    case bundleClassMismatch(metadata: TelecomBundleClass, content: TelecomBundleClass)
    /// The SPB Manager address in a signed object is not the one expected.
    case spbmAddressMismatch(expected: String, received: String)
    /// The CI key the SPB Manager chose is not in the family list the SPBL supports.
    case familyNotSupported(SpbFamilyId)
    /// The SPBL reported an error instead of authenticating.
    case refusedBySpbl(SpblErrorReason)
    /// A cryptographic primitive failed.
    case crypto(operation: String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let what, let reason):
            return "\(what) is malformed: \(reason)"
        case .badSignature(let what):
            return "\(what) does not verify with the signer's certificate"
        case .badMAC(let what, let reason):
            return "\(what) failed its BSP MAC check (\(reason))"
        case .malformedSegments(let what, let reason):
            return "the BSP segments of \(what) are malformed: \(reason)"
        case .wrongTransaction(let expected, let received):
            return "transaction \(received) where \(expected) was expected"
        case .challengeMismatch(let which):
            return "the signed \(which) is not the one issued in this session"
        case .ciKeyNotSupported(let ciPKId):
            return "CI key \(Hex.encode(ciPKId)) is not supported by the other side"
        case .certificateNotIssuedBy(let certificate, let expected):
            return "\(certificate) is not issued by the key \(Hex.encode(expected))"
        case .keyAgreementCertificateMismatch:
            return "the key-agreement certificate is not the one named in spbmSigned1"
        case .unsupportedKey(let what, let reason):
            return "the key of \(what) cannot be used: \(reason)"
        case .unsupportedControlReferenceTemplate(let keyType, let keyLength):
            return "key type \(Hex.encode([keyType])) / length \(Hex.encode([keyLength])) is not AES-128 ('88' / '10')"
        case .identityMismatch(let reason):
            return "the SSP's identity does not match: \(reason)"
        case .bundleClassMismatch(let metadata, let content):
            return "the image holds a \(content) bundle but its metadata says \(metadata)"
        case .spbmAddressMismatch(let expected, let received):
            return "SPB Manager address \"\(received)\" where \"\(expected)\" was expected"
        case .familyNotSupported(let family):
            return "SPB family \(family) is not supported"
        case .refusedBySpbl(let reason):
            return "the SPBL refused: \(reason)"
        case .crypto(let operation, let reason):
            return "\(operation) failed: \(reason)"
        }
    }

    /// The reason the SPBL answers with when it refuses for this cause.
    public var spblErrorReason: SpblErrorReason {
        switch self {
        case .malformed, .identityMismatch, .spbmAddressMismatch: .incorrectInputValues
        case .badSignature: .invalidSignature
        case .badMAC: .bspSecurityError
        case .malformedSegments: .bspStructureError
        case .wrongTransaction: .invalidTransactionId
        case .challengeMismatch: .spblChallengeMismatch
        case .ciKeyNotSupported: .ciPKIdNotSupported
        case .certificateNotIssuedBy: .invalidCertificate
        case .keyAgreementCertificateMismatch: .keyAgreementCertificateMismatch
        case .unsupportedKey: .unsupportedCurve
        case .unsupportedControlReferenceTemplate: .unsupportedCrtValues
        case .bundleClassMismatch: .bundleClassMismatch
        case .familyNotSupported: .familyNotSupported
        case .refusedBySpbl(let reason): reason
        case .crypto: .undefinedError
        }
    }

    /// The status the SPB Manager answers with when it refuses for this cause.
    public var si2ErrorCode: Si2ErrorCode {
        switch self {
        case .malformed, .malformedSegments, .bundleClassMismatch: .invalidInputParameter
        case .badSignature, .challengeMismatch: .sspVerificationFailed
        case .badMAC: .tokenVerificationFailed
        case .wrongTransaction: .transactionIdUnknown
        case .ciKeyNotSupported, .familyNotSupported: .securityConfigurationUnsupported
        case .certificateNotIssuedBy, .unsupportedKey: .spblCertificateInvalid
        case .keyAgreementCertificateMismatch, .refusedBySpbl: .sspRefusedAuthentication
        case .unsupportedControlReferenceTemplate, .crypto: .functionProviderExecutionError
        case .identityMismatch: .platformIdRefused
        case .spbmAddressMismatch: .spbmAddressRefused
        }
    }
}

extension SpbBindingError {
    /// Runs `body`, turning any error into a binding error about `what`.
    static func mapping<T>(_ what: String, _ body: () throws -> T) throws(SpbBindingError) -> T {
        do {
            return try body()
        } catch let error as SpbBindingError {
            throw error
        } catch let error as SSPCryptoError {
            switch error {
            case .macMismatch: throw .badMAC(what: what, reason: error.description)
            case .malformedSegment, .unexpectedSegmentTag, .invalidPadding, .segmentTooLong:
                throw .malformedSegments(what: what, reason: error.description)
            case .invalidPublicKey: throw .unsupportedKey(what: what, reason: error.description)
            default: throw .crypto(operation: what, reason: error.description)
            }
        } catch {
            throw .malformed(what: what, reason: "\(error)")
        }
    }
}
