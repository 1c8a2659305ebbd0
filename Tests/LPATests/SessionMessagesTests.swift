import Foundation
import SGP22
import SSPPKI
import SwiftASN1
import Testing

@testable import LPA

/// The checks the LPA makes on the SM-DP+'s answers before relaying them to the eUICC.
@Suite("ES9+ answers relayed to ES10b")
struct SessionMessagesTests {
    let hierarchy: TestHierarchy
    let transactionId: TransactionId
    let challenge = Array(repeating: UInt8(0x5A), count: 16)

    init() throws {
        hierarchy = try TestHierarchy.generate()
        transactionId = try TransactionId(bytes: hex("00112233445566778899AABBCCDDEEFF"))
    }

    func initiateResponse(
        signedTransaction: TransactionId? = nil, challenge: [UInt8]? = nil, address: String = "smdp.example.com"
    ) throws -> ES9Plus.InitiateAuthenticationResponse {
        let signed = ServerSigned1(
            transactionId: signedTransaction ?? transactionId, euiccChallenge: challenge ?? self.challenge,
            serverAddress: address, serverChallenge: Array(repeating: 0x01, count: 16))
        var signature = DER.Serializer()
        try signature.serializeOctets(Array(repeating: 0x77, count: 64), identifier: .application(55))
        var keyIdentifier = DER.Serializer()
        try keyIdentifier.serializeOctets(hierarchy.ci.parsed.subjectKeyIdentifier ?? [], identifier: .octetString)
        return ES9Plus.InitiateAuthenticationResponse(
            transactionId: transactionId, serverSigned1: try signed.derBytes(),
            serverSignature1: signature.serializedBytes, euiccCiPKIdToBeUsed: keyIdentifier.serializedBytes,
            serverCertificate: hierarchy.smdpAuth.certificateDER)
    }

    @Test("a consistent answer becomes AuthenticateServer with the exact signed bytes and ctxParams1")
    func consistent() throws {
        let response = try initiateResponse()
        let built = try SessionMessages.authenticateServerRequest(
            response, challenge: challenge, smdpAddress: "SMDP.example.com", matchingId: "ABC-123",
            deviceInfo: .labDevice)
        #expect(try built.request.serverSigned1.derBytes() == response.serverSigned1)
        #expect(built.request.serverSignature1 == Array(repeating: 0x77, count: 64))
        #expect(built.request.euiccCiPKIdToBeUsed == hierarchy.ci.parsed.subjectKeyIdentifier)
        #expect(built.serverCertificate == hierarchy.smdpAuth.parsed)
        guard case .ctxParamsForCommonAuthentication(let context) = built.request.ctxParams1 else {
            Issue.record("ctxParams1 is not for common authentication")
            return
        }
        #expect(context.matchingId == "ABC-123")
        #expect(context.deviceInfo == .labDevice)

        let withoutMatchingId = try SessionMessages.authenticateServerRequest(
            response, challenge: challenge, smdpAddress: "smdp.example.com", matchingId: "", deviceInfo: .labDevice)
        guard case .ctxParamsForCommonAuthentication(let empty) = withoutMatchingId.request.ctxParams1 else { return }
        #expect(empty.matchingId == nil)
    }

    @Test("another challenge, address or transaction in serverSigned1 is refused")
    func inconsistent() throws {
        let cases: [(ES9Plus.InitiateAuthenticationResponse, String)] = [
            (try initiateResponse(challenge: Array(repeating: 0x00, count: 16)), "challenge"),
            (try initiateResponse(address: "evil.example.com"), "evil.example.com"),
            (try initiateResponse(signedTransaction: try TransactionId(bytes: [9])), "transaction"),
        ]
        for (response, word) in cases {
            let error = #expect(throws: DownloadError.Failure.self) {
                try SessionMessages.authenticateServerRequest(
                    response, challenge: challenge, smdpAddress: "smdp.example.com", matchingId: nil,
                    deviceInfo: .labDevice)
            }
            guard case .inconsistentServer(let text)? = error else {
                Issue.record("expected inconsistentServer, got \(String(describing: error))")
                continue
            }
            #expect(text.contains(word))
        }
    }

    @Test("garbage in any binary field is refused, never a crash")
    func garbage() throws {
        let good = try initiateResponse()
        var variants: [ES9Plus.InitiateAuthenticationResponse] = []
        for cut in [0, 1, 5] {
            var copy = good
            copy.serverSigned1 = Array(good.serverSigned1.prefix(cut))
            variants.append(copy)
            copy = good
            copy.serverCertificate = Array(good.serverCertificate.prefix(cut * 20))
            variants.append(copy)
            copy = good
            copy.serverSignature1 = Array(good.serverSignature1.prefix(cut))
            variants.append(copy)
            copy = good
            copy.euiccCiPKIdToBeUsed = [0x30] + Array(good.euiccCiPKIdToBeUsed.dropFirst().prefix(cut))
            variants.append(copy)
        }
        for variant in variants {
            #expect(throws: DownloadError.Failure.self) {
                try SessionMessages.authenticateServerRequest(
                    variant, challenge: challenge, smdpAddress: "smdp.example.com", matchingId: nil,
                    deviceInfo: .labDevice)
            }
        }
    }

    @Test("authenticateClient answers for another session, or with unreadable metadata, are refused")
    func clientAnswer() throws {
        let metadata = StoreMetadataRequest(
            iccid: try ICCID("8949449999999990023").wireValue, serviceProviderName: "Red", profileName: "Red 5G")
        var signature = DER.Serializer()
        try signature.serializeOctets(Array(repeating: 0x44, count: 64), identifier: .application(55))
        let good = ES9Plus.AuthenticateClientResponse(
            transactionId: transactionId, profileMetadata: try metadata.derBytes(),
            smdpSigned2: try SmdpSigned2(transactionId: transactionId, ccRequiredFlag: true).derBytes(),
            smdpSignature2: signature.serializedBytes, smdpCertificate: hierarchy.smdpPb.certificateDER)
        let material = try SessionMessages.clientAuthentication(good, transactionId: transactionId)
        #expect(material.metadata == metadata)
        #expect(material.smdpSigned2.ccRequiredFlag)
        let prepare = SessionMessages.prepareDownloadRequest(material, hashCc: Array(repeating: 1, count: 32))
        #expect(prepare.smdpSignature2 == Array(repeating: 0x44, count: 64))
        #expect(prepare.hashCc?.count == 32)

        var otherSession = good
        otherSession.transactionId = try TransactionId(bytes: [7])
        var otherSigned = good
        otherSigned.smdpSigned2 = try SmdpSigned2(transactionId: TransactionId(bytes: [7]), ccRequiredFlag: false).derBytes()
        var badMetadata = good
        badMetadata.profileMetadata = [0xBF, 0x25, 0x03, 0x5A, 0x01, 0x00]
        for response in [otherSession, otherSigned, badMetadata] {
            #expect(throws: DownloadError.Failure.self) {
                try SessionMessages.clientAuthentication(response, transactionId: transactionId)
            }
        }
    }
}
