import SGP22
import SSPPKI
import SwiftASN1
import X509

/// The LPA's relay work between ES9+ and ES10b: the binary fields of one side's answer become the other side's
/// request unchanged (signed parts keep their exact bytes), after the checks the LPA itself must make.
enum SessionMessages {
    /// The session material of ES9+.InitiateAuthentication, checked against what the LPA sent.
    struct ServerAuthentication {
        let request: AuthenticateServerRequest
        let serverCertificate: PKICertificate
    }

    /// Builds ES10b.AuthenticateServer from ES9+.InitiateAuthentication's answer.
    ///
    /// Checks that the SM-DP+ signed the challenge the LPA sent, for the address the LPA dialled, in the session
    /// it named; the signatures and certificates themselves are the eUICC's to verify.
    static func authenticateServerRequest(
        _ response: ES9Plus.InitiateAuthenticationResponse, challenge: [UInt8], smdpAddress: String,
        matchingId: String?, deviceInfo: DeviceInfo
    ) throws(DownloadError.Failure) -> ServerAuthentication {
        let signed: ServerSigned1
        let certificate: Certificate
        let parsed: PKICertificate
        let signature: [UInt8]
        let keyIdentifier: [UInt8]
        do {
            signed = try ServerSigned1(derBytes: response.serverSigned1)
            certificate = try Certificate(derEncoded: response.serverCertificate)
            parsed = try PKICertificate(derEncoded: response.serverCertificate)
            signature = try tlvContent(response.serverSignature1, identifier: .application(55))
            keyIdentifier = try tlvContent(response.euiccCiPKIdToBeUsed, identifier: .octetString)
        } catch {
            throw .inconsistentServer("its initiateAuthentication answer cannot be read: \(error)")
        }
        guard signed.transactionId == response.transactionId else {
            throw .inconsistentServer(
                "serverSigned1 names transaction \(signed.transactionId), the answer \(response.transactionId)")
        }
        guard signed.euiccChallenge == challenge else {
            throw .inconsistentServer("serverSigned1 carries another eUICC challenge than the one sent")
        }
        guard signed.serverAddress.lowercased() == smdpAddress.lowercased() else {
            throw .inconsistentServer(
                "serverSigned1 names the address \(signed.serverAddress), but \(smdpAddress) was dialled")
        }
        let context = CtxParamsForCommonAuthentication(
            matchingId: matchingId.flatMap { $0.isEmpty ? nil : $0 }, deviceInfo: deviceInfo)
        let request = AuthenticateServerRequest(
            serverSigned1: signed, serverSignature1: signature, euiccCiPKIdToBeUsed: keyIdentifier,
            serverCertificate: certificate, ctxParams1: .ctxParamsForCommonAuthentication(context))
        return ServerAuthentication(request: request, serverCertificate: parsed)
    }

    /// The session material of ES9+.AuthenticateClient, checked against the session.
    struct ClientAuthentication {
        let metadata: StoreMetadataRequest
        let smdpSigned2: SmdpSigned2
        let smdpSignature2: [UInt8]
        let smdpCertificate: Certificate
    }

    /// Reads ES9+.AuthenticateClient's answer: the profile metadata and the material for PrepareDownload.
    static func clientAuthentication(
        _ response: ES9Plus.AuthenticateClientResponse, transactionId: TransactionId
    ) throws(DownloadError.Failure) -> ClientAuthentication {
        guard response.transactionId == transactionId else {
            throw .inconsistentServer(
                "authenticateClient answered for transaction \(response.transactionId), not \(transactionId)")
        }
        let result: ClientAuthentication
        do {
            result = ClientAuthentication(
                metadata: try StoreMetadataRequest(derBytes: response.profileMetadata),
                smdpSigned2: try SmdpSigned2(derBytes: response.smdpSigned2),
                smdpSignature2: try tlvContent(response.smdpSignature2, identifier: .application(55)),
                smdpCertificate: try Certificate(derEncoded: response.smdpCertificate))
        } catch {
            throw .inconsistentServer("its authenticateClient answer cannot be read: \(error)")
        }
        guard result.smdpSigned2.transactionId == transactionId else {
            throw .inconsistentServer(
                "smdpSigned2 names transaction \(result.smdpSigned2.transactionId), not \(transactionId)")
        }
        return result
    }

    /// ES10b.PrepareDownload from the checked AuthenticateClient material.
    static func prepareDownloadRequest(_ material: ClientAuthentication, hashCc: [UInt8]?) -> PrepareDownloadRequest {
        PrepareDownloadRequest(
            smdpSigned2: material.smdpSigned2, smdpSignature2: material.smdpSignature2, hashCc: hashCc,
            smdpCertificate: material.smdpCertificate)
    }

    /// The content of a single OCTET STRING TLV carried under `identifier` (e.g. the `5F37` signature).
    static func tlvContent(_ bytes: [UInt8], identifier: ASN1Identifier) throws -> [UInt8] {
        Array(try ASN1OctetString(derEncoded: DER.parse(bytes), withIdentifier: identifier).bytes)
    }
}
