import Crypto
import Foundation
import SGP22
import SSPPKI
import X509

/// The eUICC chain check of ES9+ AuthenticateClient and HandleNotification: eUICC → EUM → CI with the project's
/// one chain verifier (roles, signatures, validity, key identifiers, the EID inside the EUM's range), each failure
/// sorted into the status code SGP.22 gives it.
enum EUICCChainValidation {
    static func verify(
        euiccCertificate: Certificate, eumCertificate: Certificate, roots: [PKICertificate], at time: Date
    ) throws(RSPFunctionFailure) -> AuthenticatedEUICC {
        let euicc: PKICertificate
        let eum: PKICertificate
        do {
            euicc = try PKICertificate(euiccCertificate)
        } catch {
            throw RSPFunctionFailure(.euiccCertificateInvalid, "eUICC certificate unreadable: \(error)")
        }
        do {
            eum = try PKICertificate(eumCertificate)
        } catch {
            throw RSPFunctionFailure(.eumCertificateInvalid, "EUM certificate unreadable: \(error)")
        }
        let chain: VerifiedChain
        do {
            chain = try ChainVerifier().verify(
                leaf: euicc, intermediates: [eum], roots: roots, at: time, expecting: .euicc)
        } catch {
            throw failure(for: error, euiccSubject: euicc.subject.readable)
        }
        guard let digits = chain.eid, let eid = try? EID(digits, validation: .strict) else {
            throw RSPFunctionFailure(.euiccCertificateInvalid, "the eUICC certificate names no valid EID")
        }
        guard let publicKey = try? P256.Signing.PublicKey(x963Representation: euicc.publicKeyBytes) else {
            throw RSPFunctionFailure(.euiccCertificateInvalid, "the eUICC certificate's key is not a P-256 point")
        }
        return AuthenticatedEUICC(eid: eid, certificate: euicc, publicKey: publicKey)
    }

    /// The SGP.22 status of a chain failure: which certificate is at fault, and whether it expired.
    static func failure(for error: ChainVerificationError, euiccSubject: String) -> RSPFunctionFailure {
        let message = error.description
        func blame(_ subject: String, expired: Bool = false) -> RSPFunctionFailure {
            let isEUICC = subject == euiccSubject
            switch (isEUICC, expired) {
            case (true, true): return RSPFunctionFailure(.euiccCertificateExpired, message)
            case (true, false): return RSPFunctionFailure(.euiccCertificateInvalid, message)
            case (false, true): return RSPFunctionFailure(.eumCertificateExpired, message)
            case (false, false): return RSPFunctionFailure(.eumCertificateInvalid, message)
            }
        }
        switch error {
        case .untrustedRoot:
            return RSPFunctionFailure(.ciPublicKeyUnknown, message)
        case .missingIntermediate(_, _, let expectedRole):
            // No CI of the session issued the EUM: an unknown CI. The EUM sent did not issue the eUICC certificate.
            return expectedRole == .ci
                ? RSPFunctionFailure(.ciPublicKeyUnknown, message) : RSPFunctionFailure(.eumCertificateInvalid, message)
        case .expired(let subject, _):
            return blame(subject, expired: true)
        case .eidMissing, .eidMalformed, .eidOutOfRange:
            return RSPFunctionFailure(.euiccCertificateInvalid, message)
        case .eidRangeMissing:
            return RSPFunctionFailure(.eumCertificateInvalid, message)
        case .signatureInvalid(let subject, _), .notYetValid(let subject, _), .wrongRole(let subject, _, _),
            .ambiguousRole(let subject, _),
            .notACertificateAuthority(let subject), .keyUsageMissing(let subject, _),
            .extendedKeyUsageMissing(let subject, _), .pathLengthExceeded(let subject, _),
            .issuerNameMismatch(let subject, _, _), .keyIdentifierMismatch(let subject, _, _),
            .keyIdentifierMissing(let subject, _), .unsupportedCurve(let subject, _), .malformedPublicKey(let subject),
            .unsupportedSignatureAlgorithm(let subject, _), .unhandledCriticalExtension(let subject, _):
            return blame(subject)
        default:
            return RSPFunctionFailure(.euiccCertificateInvalid, message)
        }
    }
}
