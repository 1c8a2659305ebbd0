import Crypto
import SGP22
import SSPCrypto
import X509

/// The SPB Manager's half of the Si2/Si3 security: its signed challenge, the SSP's authentication, the bound
/// image and the check of the SPBL's signed notifications.
///
/// It holds the SPB Manager's signing key and key-agreement key with their certificates, both issued by one
/// family CI (whose key identifier is ``ciPKId``). The caller verifies chains with SSPPKI's `ChainVerifier`
/// and keeps sessions; this type only does the protocol's cryptography and consistency checks.
public struct SpbmBinding: Sendable {
    /// The SPB Manager's address (FQDN, optionally with `:port`), as activation codes name it.
    public let address: String
    /// SK.SPBM.ECDSA.
    public let signingKey: P256.Signing.PrivateKey
    /// CERT.SPBM.ECDSA.
    public let signingCertificate: Certificate
    /// SK.SPBM.ECKA, the static key the SPBL encrypts its token for.
    public let keyAgreementKey: P256.KeyAgreement.PrivateKey
    /// CERT.SPBM.ECKA.
    public let keyAgreementCertificate: Certificate
    /// The subject key identifier of the family CI that issued both certificates.
    public let ciPKId: [UInt8]

    /// Checks that each key matches its certificate and that both certificates name the same issuer.
    public init(
        address: String,
        signingKey: P256.Signing.PrivateKey,
        signingCertificate: Certificate,
        keyAgreementKey: P256.KeyAgreement.PrivateKey,
        keyAgreementCertificate: Certificate
    ) throws(SpbBindingError) {
        let signingPublic = try SpbCertificateKeys.signingKey(of: signingCertificate, "SPBM signing certificate")
        guard signingPublic.x963Representation == signingKey.publicKey.x963Representation else {
            throw .unsupportedKey(
                what: "SPBM signing certificate", reason: "it does not hold the signing key's public key")
        }
        let agreementPublic = try SpbCertificateKeys.keyAgreementKey(
            of: keyAgreementCertificate, "SPBM key-agreement certificate")
        guard agreementPublic.x963Representation == keyAgreementKey.publicKey.x963Representation else {
            throw .unsupportedKey(
                what: "SPBM key-agreement certificate", reason: "it does not hold the key-agreement key's public key")
        }
        let ciPKId = try SpbCertificateKeys.authorityKeyIdentifier(of: signingCertificate, "SPBM signing certificate")
        try SpbCertificateKeys.checkIssued(keyAgreementCertificate, "SPBM key-agreement certificate", by: ciPKId)
        self.address = address
        self.signingKey = signingKey
        self.signingCertificate = signingCertificate
        self.keyAgreementKey = keyAgreementKey
        self.keyAgreementCertificate = keyAgreementCertificate
        self.ciPKId = ciPKId
    }

    // MARK: - Si2.GetSpbmCertificate

    /// The certificates, when the SPBL trusts this SPB Manager's family CI.
    ///
    /// Whether the SPB Manager serves `request.spbFamilyId` at all is the server's decision, made before.
    public func certificateResponse(
        for request: GetSpbmCertificateRequest
    ) throws(SpbBindingError) -> GetSpbmCertificateResponse {
        guard request.ciPKIdsSupported.contains(ciPKId) else { throw .ciKeyNotSupported(ciPKId: ciPKId) }
        return GetSpbmCertificateResponse(
            ciPKIdToBeUsed: ciPKId, spbmSigningCertificate: signingCertificate,
            spbmKeyAgreementCertificate: keyAgreementCertificate)
    }

    // MARK: - Si2.InitiateSpbDownload

    /// Signs the SPBL's challenge with a fresh one of the SPB Manager's, and opens the session.
    ///
    /// Refuses a request that names another SPB Manager address (compared without regard to case) or another
    /// CI key than this SPB Manager's.
    public func initiateDownload(
        _ request: InitiateSpbDownloadRequest,
        transactionId: TransactionId,
        spbmChallenge: [UInt8] = SpbChallenge.generate()
    ) throws(SpbBindingError) -> (response: InitiateSpbDownloadResponse, session: SpbmDownloadSession) {
        guard request.spbmAddress.lowercased() == address.lowercased() else {
            throw .spbmAddressMismatch(expected: address, received: request.spbmAddress)
        }
        guard request.ciPKIdToBeUsed == ciPKId else { throw .ciKeyNotSupported(ciPKId: request.ciPKIdToBeUsed) }
        guard spbmChallenge.count == 16 else {
            throw .malformed(what: "spbmChallenge", reason: "\(spbmChallenge.count) bytes instead of 16")
        }
        let signed = SpbmSigned1(
            transactionId: transactionId, spblChallenge: request.spblChallenge, spbmChallenge: spbmChallenge,
            spbmAddress: address, matchingId: request.matchingId, spbFamilyId: request.spbFamilyId,
            spbmKeyAgreementCertificateHash: try SpbCertificateKeys.hash(of: keyAgreementCertificate))
        let bytes = try SpbBindingError.mapping("spbmSigned1") { try signed.signedBytes() }
        let response = InitiateSpbDownloadResponse(
            transactionId: transactionId, spbmSigned1: signed,
            spbmSignature1: try SpbSignatures.sign(bytes, with: signingKey, "spbmSignature1"))
        let session = SpbmDownloadSession(
            transactionId: transactionId, spblChallenge: request.spblChallenge, spbmChallenge: spbmChallenge,
            matchingId: request.matchingId, spbFamilyId: request.spbFamilyId, spblInfo: request.spblInfo)
        return (response, session)
    }

    /// The Si3.AuthenticateSpbm request the LBA builds from the two Si2 answers (a convenience for the LBA side
    /// and for tests; the LBA only copies fields).
    public static func authenticateSpbmRequest(
        certificates: GetSpbmCertificateResponse, initiation: InitiateSpbDownloadResponse
    ) -> AuthenticateSpbmRequest {
        AuthenticateSpbmRequest(
            spbmSigned1: initiation.spbmSigned1, spbmSignature1: initiation.spbmSignature1,
            ciPKIdToBeUsed: certificates.ciPKIdToBeUsed, spbmSigningCertificate: certificates.spbmSigningCertificate,
            spbmKeyAgreementCertificate: certificates.spbmKeyAgreementCertificate)
    }
}
