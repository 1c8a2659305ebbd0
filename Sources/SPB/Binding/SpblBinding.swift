import Crypto
import SGP22
import SSPCrypto
import X509

/// The SPB Loader's half of the Si2/Si3 security: authenticating the SPB Manager, answering with its own
/// signed data and token, opening the bound image and signing its reports.
///
/// It holds the SPBL's signing key, its certificate and the iSSP maker certificate that issued it. The
/// caller (the Primary Platform) verifies the SPB Manager's certificate chains with SSPPKI's `ChainVerifier`
/// against the family CI, issues challenges and keeps sessions.
public struct SpblBinding: Sendable {
    /// The SSP ID, as the SPBL certificate's subject carries it.
    public let platformId: PrimaryPlatformId
    /// SK.SPBL.ECDSA.
    public let signingKey: P256.Signing.PrivateKey
    /// CERT.SPBL.ECDSA.
    public let spblCertificate: Certificate
    /// CERT.MAKER.ECDSA.
    public let isspMakerCertificate: Certificate

    /// Checks that the key matches the certificate, that the certificate names `platformId` and that the maker
    /// certificate issued it.
    public init(
        platformId: PrimaryPlatformId,
        signingKey: P256.Signing.PrivateKey,
        spblCertificate: Certificate,
        isspMakerCertificate: Certificate
    ) throws(SpbBindingError) {
        let publicKey = try SpbCertificateKeys.signingKey(of: spblCertificate, "SPBL certificate")
        guard publicKey.x963Representation == signingKey.publicKey.x963Representation else {
            throw .unsupportedKey(what: "SPBL certificate", reason: "it does not hold the signing key's public key")
        }
        guard SpbCertificateKeys.subjectSerialNumber(of: spblCertificate) == platformId.value else {
            throw .identityMismatch(reason: "the SPBL certificate's subject does not name platform \(platformId)")
        }
        let makerKeyId = try SpbCertificateKeys.subjectKeyIdentifier(of: isspMakerCertificate, "iSSP maker certificate")
        try SpbCertificateKeys.checkIssued(spblCertificate, "SPBL certificate", by: makerKeyId)
        self.platformId = platformId
        self.signingKey = signingKey
        self.spblCertificate = spblCertificate
        self.isspMakerCertificate = isspMakerCertificate
    }

    // MARK: - Si3.AuthenticateSpbm

    /// Checks the SPB Manager's request and answers with spblSigned1, its signature, the SPBL's certificates and
    /// the encrypted token; the returned session is what Si3.LoadBoundSpbInfo needs.
    ///
    /// Checks, in order: the CI key is one the SPBL trusts for the named family; both SPB Manager certificates
    /// name that CI as their issuer; the key-agreement certificate is the one spbmSigned1 names by hash;
    /// spbmSignature1 verifies with the signing certificate; the signed spblChallenge is the one issued.
    ///
    /// - Parameters:
    ///   - request: Si3.AuthenticateSpbm as the LBA relayed it.
    ///   - expectedChallenge: The challenge from the last Si3.GetSpblChallenge.
    ///   - spblInfo: What Si3.GetSpblInfo answers now; its families list the trusted CI keys.
    ///   - ephemeralKey: otSK.SPBL.ECKA; a fresh one by default (tests pass their own).
    public func authenticateSpbm(
        _ request: AuthenticateSpbmRequest,
        expectedChallenge: [UInt8],
        spblInfo: SpblInfo,
        ephemeralKey: P256.KeyAgreement.PrivateKey = P256.KeyAgreement.PrivateKey()
    ) throws(SpbBindingError) -> (response: AuthenticateSpbmResponseOk, session: SpblSession) {
        let signed = request.spbmSigned1
        guard let trusted = spblInfo.ciPKIds(for: signed.spbFamilyId) else {
            throw .familyNotSupported(signed.spbFamilyId)
        }
        guard trusted.contains(request.ciPKIdToBeUsed) else {
            throw .ciKeyNotSupported(ciPKId: request.ciPKIdToBeUsed)
        }
        try SpbCertificateKeys.checkIssued(
            request.spbmSigningCertificate, "SPBM signing certificate", by: request.ciPKIdToBeUsed)
        try SpbCertificateKeys.checkIssued(
            request.spbmKeyAgreementCertificate, "SPBM key-agreement certificate", by: request.ciPKIdToBeUsed)
        guard
            try SpbCertificateKeys.hash(of: request.spbmKeyAgreementCertificate)
                == signed.spbmKeyAgreementCertificateHash
        else { throw .keyAgreementCertificateMismatch }

        let spbmSigningKey = try SpbCertificateKeys.signingKey(
            of: request.spbmSigningCertificate, "SPBM signing certificate")
        let signedBytes = try SpbBindingError.mapping("spbmSigned1") { try signed.signedBytes() }
        try SpbSignatures.verify(request.spbmSignature1, over: signedBytes, with: spbmSigningKey, "spbmSignature1")
        guard signed.spblChallenge == expectedChallenge else { throw .challengeMismatch(which: "spblChallenge") }

        let spbmAgreementKey = try SpbCertificateKeys.keyAgreementKey(
            of: request.spbmKeyAgreementCertificate, "SPBM key-agreement certificate")
        let session = SpblSession(
            transactionId: signed.transactionId, spbmAddress: signed.spbmAddress, spbmChallenge: signed.spbmChallenge,
            spbFamilyId: signed.spbFamilyId, matchingId: signed.matchingId, spbmSigningKey: spbmSigningKey,
            ephemeralKey: ephemeralKey)

        let spblSigned1 = SpblSigned1(
            transactionId: signed.transactionId, spbmChallenge: signed.spbmChallenge,
            spblChallenge: signed.spblChallenge, spbmAddress: signed.spbmAddress,
            spblOtpk: session.ephemeralPublicPoint, platformId: platformId, spblInfo: spblInfo)
        let spblBytes = try SpbBindingError.mapping("spblSigned1") { try spblSigned1.signedBytes() }
        let signature = try SpbSignatures.sign(spblBytes, with: signingKey, "spblSignature1")

        let token = SpblToken(
            transactionId: signed.transactionId, platformId: platformId, spblCertificate: spblCertificate)
        let secret = try SpbKeyDerivation.sharedSecret(ephemeralKey, spbmAgreementKey, "token key agreement")
        let keys = try SpbKeyDerivation.tokenKeys(
            sharedSecret: secret, transactionId: signed.transactionId, spbmChallenge: signed.spbmChallenge)
        let tokenBytes = try SpbBindingError.mapping("SPBL token") { try token.derBytes() }
        let encryptedToken = try SpbProtection.seal(tokenBytes, keys: keys, tag: .encryptedCommand, "SPBL token")

        let response = AuthenticateSpbmResponseOk(
            spblSigned1: spblSigned1, spblSignature1: signature, spblCertificate: spblCertificate,
            isspMakerCertificate: isspMakerCertificate, encryptedToken: encryptedToken)
        return (response, session)
    }

    /// The error answer for a refused Si3.AuthenticateSpbm.
    public static func authenticateSpbmError(
        _ error: SpbBindingError, request: AuthenticateSpbmRequest?
    ) -> AuthenticateSpbmResponse {
        .authenticateSpbmResponseError(
            AuthenticateSpbmResponseError(
                transactionId: request?.spbmSigned1.transactionId, authenticateErrorCode: error.spblErrorReason))
    }
}
