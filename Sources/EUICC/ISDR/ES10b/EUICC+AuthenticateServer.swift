import APDU
import Crypto
import Foundation
import SGP22
import SSPPKI
import X509

/// ES10b.AuthenticateServer (SGP.22 §5.7.13): the card half of common mutual authentication.
extension EUICC {
    /// AuthenticateServer (BF38): checks the RSP server and answers euiccSigned1 signed with SK.EUICC.ECDSA,
    /// with the eUICC and EUM certificates; or an AuthenticateErrorCode.
    ///
    /// Checks, in order: a challenge is pending (`noSessionContext`); the CI named by euiccCiPKIdToBeUsed is
    /// trusted (`ciPKUnknown`); the server certificate is a DP-auth or DS-auth certificate chaining to that CI
    /// at the card's time (`invalidCertificate`, `unsupportedCurve`, `invalidOid`); serverSignature1 verifies
    /// over serverSigned1 (`invalidSignature`); serverSigned1 carries the pending challenge
    /// (`euiccChallengeMismatch`); the serverAddress is an FQDN and, for an SM-DP+ contacted without a
    /// MatchingID while the card has a default SM-DP+ address, is that address (`undefinedError`).
    /// The challenge is used up whatever the outcome.
    func authenticateServer(_ command: [UInt8]) throws -> [UInt8] {
        let request = try Self.decodeRequest(AuthenticateServerRequest.self, command)
        let signed = request.serverSigned1
        let challenge = session.pendingChallenge
        session.pendingChallenge = nil
        session.download = nil

        func refuse(_ code: AuthenticateErrorCode) throws -> [UInt8] {
            try Self.encodeResponse(
                AuthenticateServerResponse.authenticateResponseError(
                    AuthenticateResponseError(transactionId: signed.transactionId, authenticateErrorCode: code)))
        }
        guard let challenge else { return try refuse(.noSessionContext) }
        guard let issuer = trustedIssuers.first(where: { $0.keyIdentifier == request.euiccCiPKIdToBeUsed }) else {
            return try refuse(.ciPKUnknown)
        }
        let certificate: PKICertificate
        let role: CertificateRole
        do {
            certificate = try ServerCertificateValidation.pkiCertificate(request.serverCertificate)
            role = try ServerCertificateValidation.verify(
                certificate, roles: [.dpAuth, .dsAuth], issuer: issuer, at: clock())
        } catch {
            return try refuse(Self.authenticateErrorCode(for: error))
        }
        guard let serverOid = ServerCertificateValidation.entityOID(of: certificate) else {
            return try refuse(.invalidCertificate)
        }
        guard let signedBytes = try? signed.signedBytes(),
            let key = try? P256.Signing.PublicKey(x963Representation: certificate.publicKeyBytes),
            key.isValidSignature(rawBytes: request.serverSignature1, for: signedBytes)
        else { return try refuse(.invalidSignature) }
        guard signed.euiccChallenge == challenge else { return try refuse(.euiccChallengeMismatch) }

        let matchingId: String?
        switch request.ctxParams1 {
        case .ctxParamsForCommonAuthentication(let parameters): matchingId = parameters.matchingId
        }
        guard try isAcceptable(serverAddress: signed.serverAddress, matchingId: matchingId, role: role) else {
            return try refuse(.undefinedError)
        }

        let euiccSigned1 = EuiccSigned1(
            transactionId: signed.transactionId, serverAddress: signed.serverAddress,
            serverChallenge: signed.serverChallenge, euiccInfo2: try euiccInfo2(), ctxParams1: request.ctxParams1)
        let signature = try identity.sign(try euiccSigned1.derBytes())
        let response = AuthenticateResponseOk(
            euiccSigned1: euiccSigned1, euiccSignature1: signature,
            euiccCertificate: try Certificate(derEncoded: identity.certificate.derBytes),
            eumCertificate: try Certificate(derEncoded: identity.eumCertificate.derBytes))
        session.download = DownloadSession(
            transactionId: signed.transactionId, serverAddress: signed.serverAddress, issuer: issuer,
            authCertificate: certificate, authRole: role, smdpOid: serverOid,
            matchingId: matchingId, euiccSignature1: signature)
        return try Self.encodeResponse(AuthenticateServerResponse.authenticateResponseOk(response))
    }

    /// The serverAddress rule (see docs/euicc.md): a syntactically valid FQDN; and when an SM-DP+ is contacted
    /// without a MatchingID (the default-SM-DP+ case of SGP.22 §3.1.1) while the card has a default SM-DP+
    /// address, it must be that address.
    func isAcceptable(serverAddress: String, matchingId: String?, role: CertificateRole) throws -> Bool {
        guard ServerAddress.isPlausible(serverAddress) else { return false }
        guard role == .dpAuth, matchingId?.isEmpty ?? true else { return true }
        let defaultAddress = try database.read("read default SM-DP+ address") { db in
            try CardRecord.fetch(db).defaultDpAddress
        }
        guard let defaultAddress else { return true }
        return ServerAddress.same(defaultAddress, serverAddress)
    }

    static func authenticateErrorCode(for failure: ServerCertificateValidation.Failure) -> AuthenticateErrorCode {
        switch failure {
        case .invalidCertificate: .invalidCertificate
        case .unsupportedCurve: .unsupportedCurve
        case .invalidOid: .invalidOid
        }
    }
}
