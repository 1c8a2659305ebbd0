import Foundation
import SGP22
import SwiftASN1

extension ES9PlusService {
    /// ES9+.InitiateAuthentication (SGP.22 section 5.6.1): checks the address and the eUICC's CIs, opens an RSP
    /// session and signs serverSigned1 with SK.DPauth.ECDSA.
    ///
    /// The CI used is the one that issued DPauth; it must be in both of the eUICC's lists, since the eUICC verifies
    /// DPauth with it and the SM-DP+ accepts only eUICC chains ending in it.
    public func initiateAuthentication(
        _ request: ES9Plus.InitiateAuthenticationRequest
    ) async throws -> ES9Plus.InitiateAuthenticationResponse {
        guard settings.isOwnAddress(request.smdpAddress) else {
            throw RSPFunctionFailure(
                .smdpAddressRefused, "this SM-DP+ is \(settings.address), not \(request.smdpAddress)")
        }
        let info = try Self.decode(EUICCInfo1.self, request.euiccInfo1, field: "euiccInfo1")
        guard info.svn.major >= 2 else {
            throw RSPFunctionFailure(.specificationVersionUnsupported, "SGP.22 version \(info.svn) is not supported")
        }
        let forSigning = info.euiccCiPKIdListForSigning + (info.euiccCiPKIdListForSigningV3 ?? [])
        guard forSigning.contains(where: { credentials.trustedCI(keyIdentifier: $0) != nil }) else {
            throw RSPFunctionFailure(.securityConfigurationUnsupported)
        }
        let ciKeyIdentifier = credentials.ciKeyIdentifier
        guard info.euiccCiPKIdListForVerification.contains(ciKeyIdentifier), forSigning.contains(ciKeyIdentifier)
        else { throw RSPFunctionFailure(.smdpCertificateUnavailable) }

        let now = context.clock()
        let transactionId = try TransactionId(bytes: RandomBytes.make(16))
        let serverChallenge = RandomBytes.make(16)
        let signed = ServerSigned1(
            transactionId: transactionId, euiccChallenge: request.euiccChallenge, serverAddress: settings.address,
            serverChallenge: serverChallenge)
        let signedBytes = try signed.derBytes()
        let signature = try credentials.dpAuth.privateKey.rawSignature(for: signedBytes).rawBytes
        try await storage.createSession(
            RSPSession(
                transactionId: transactionId, euiccChallenge: request.euiccChallenge, serverChallenge: serverChallenge,
                ciKeyIdentifier: ciKeyIdentifier, createdAt: now,
                expiresAt: now.addingTimeInterval(settings.limits.sessionLifetime)))

        var keyIdentifier = DER.Serializer()
        try keyIdentifier.serializeOctets(ciKeyIdentifier, identifier: .octetString)
        return ES9Plus.InitiateAuthenticationResponse(
            transactionId: transactionId, serverSigned1: signedBytes,
            serverSignature1: try Self.signatureTLV(signature), euiccCiPKIdToBeUsed: keyIdentifier.serializedBytes,
            serverCertificate: credentials.dpAuth.certificate.derBytes)
    }
}
