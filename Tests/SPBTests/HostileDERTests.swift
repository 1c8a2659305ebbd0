import Crypto
import SGP22
import SPB
import SSPCrypto
import SwiftASN1
import Testing

/// Decoders never crash, refuse truncated and malformed input with an error, skip unknown trailing
/// components (EXTENSIBILITY IMPLIED) and refuse missing mandatory ones.
@Suite("Truncated and hostile DER")
struct HostileDERTests {
    let fixture: SPBFixture
    let authentication: SPBFixture.Authentication
    let image: BoundSpbImage

    init() throws {
        fixture = try SPBFixture.make()
        authentication = try fixture.authenticate()
        let ssp = try fixture.spbm.authenticateSsp(authentication.response, session: authentication.spbmSession)
        image = try fixture.spbm.bindImage(
            .standaloneBundleImage(try SPBTestSupport.standaloneImage()), metadata: fixture.metadata(), for: ssp)
    }

    /// Runs the generic checks on one encoded value of `T`.
    /// - Parameter explicitChoice: the value is a CHOICE under an explicit tag, which holds exactly one
    ///   alternative and so cannot grow.
    func check<T: DERParseable & DERSerializable & Equatable>(
        _ value: T, fuzzStride: Int = 1, explicitChoice: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let bytes = try value.derBytes()
        SPBTestSupport.expectTruncationsRejected(T.self, bytes, sourceLocation: sourceLocation)
        SPBTestSupport.fuzzEveryByte(T.self, bytes, stride: fuzzStride)
        #expect(throws: (any Error).self, sourceLocation: sourceLocation) { try T(derBytes: bytes + [0x00]) }
        // A later version's extra component is skipped; the value stays the same.
        let extended = try SPBTestSupport.appendingInside(bytes, [0x9F, 0x7F, 0x01, 0xFF])
        if explicitChoice {
            #expect(throws: (any Error).self, sourceLocation: sourceLocation) { try T(derBytes: extended) }
        } else {
            // Signed structures write back what they received; the others re-encode what they know.
            let decoded = try T(derBytes: extended)
            let reencoded = try decoded.derBytes()
            #expect(decoded == value || reencoded == extended, sourceLocation: sourceLocation)
        }
        // Dropping the first component leaves a mandatory one missing (or an explicit CHOICE empty).
        let shortened = try SPBTestSupport.removingComponent(bytes, at: 0)
        #expect(throws: (any Error).self, sourceLocation: sourceLocation) { try T(derBytes: shortened) }
    }

    @Test("Si3 messages")
    func si3Messages() throws {
        try check(fixture.spblInfo, fuzzStride: 7)
        try check(GetSpblChallengeResponse(spblChallenge: SpbChallenge.generate()))
        try check(authentication.request, fuzzStride: 13)
        try check(authentication.response, fuzzStride: 29)
        try check(
            AuthenticateSpbmResponse.authenticateSpbmResponseError(
                AuthenticateSpbmResponseError(
                    transactionId: SPBTestSupport.transactionId, authenticateErrorCode: .invalidSignature)),
            explicitChoice: true)
        try check(ListSpbsResponse.spbMetadataList([fixture.metadata()]), explicitChoice: true)
        try check(SpbStateChangeRequest(spbId: SPBTestSupport.spbId, operation: .enable))
        try check(try fixture.spbl.cancelSession(authentication.spblSession, reason: .timeout), explicitChoice: true)
        try check(
            try fixture.spbl.installationResult(
                transactionId: SPBTestSupport.transactionId, seqNumber: 1, spbmAddress: SPBFixture.spbmAddress,
                spbId: SPBTestSupport.spbId, outcome: .failed(.insufficientMemory)))
        try check(
            SpbStateChangeResponse.spbStateChangeNotification(
                try fixture.spbl.stateChangeNotification(
                    seqNumber: 1, spbId: SPBTestSupport.spbId, newState: .enabled, spbmAddress: SPBFixture.spbmAddress)),
            explicitChoice: true)
    }

    @Test("Si2 messages and the bound image")
    func si2Messages() throws {
        try check(GetSpbmCertificateRequest(spbFamilyId: fixture.family, ciPKIdsSupported: [fixture.ciPKId]))
        try check(authentication.certificates, fuzzStride: 11)
        try check(authentication.initiation, fuzzStride: 5)
        try check(image, fuzzStride: 17)
        try check(SPBTestSupport.standaloneMetadata())
        try check(SpbFallbackMessage(reason: .orderUsedUp, message: "Already downloaded"))
        try check(AuthenticateSspResponse(transactionId: SPBTestSupport.transactionId, spbMetadata: fixture.metadata()))
        try check(Si2CancelSpbSessionResponse(transactionId: SPBTestSupport.transactionId))
        try check(SpbImageContent.rspBundleImage(try fixture.rspImage()), fuzzStride: 23)
        try check(try SPBTestSupport.standaloneImage())
    }

    @Test("Field constraints are enforced on the wire")
    func constraints() throws {
        // A 63-byte signature.
        var short = authentication.initiation
        short.spbmSignature1.removeLast()
        #expect(throws: (any Error).self) { try InitiateSpbDownloadResponse(derBytes: short.derBytes()) }
        // An ephemeral key in compressed form.
        var compressed = image
        compressed.boundSpbImageHeader.spbmOtpk[0] = 0x02
        #expect(throws: (any Error).self) { try BoundSpbImage(derBytes: compressed.derBytes()) }
        // A negative size and a 15-byte challenge.
        var metadata = try fixture.metadata()
        metadata.spbSize = -1
        #expect(throws: (any Error).self) { try SpbMetadata(derBytes: metadata.derBytes()) }
        #expect(throws: (any Error).self) {
            try GetSpblChallengeResponse(derBytes: GetSpblChallengeResponse(spblChallenge: [1, 2, 3]).derBytes())
        }
        // An icon without its type.
        metadata = try fixture.metadata()
        metadata.iconType = nil
        #expect(throws: (any Error).self) { try SpbMetadata(derBytes: metadata.derBytes()) }
        // An IMSI with letters, an RSP image whose EID is not BCD.
        var standalone = try SPBTestSupport.standaloneImage()
        standalone.imsi = "00101012345678A"
        #expect(throws: (any Error).self) { try StandaloneBundleImage(derBytes: standalone.derBytes()) }
        let identityBytes = try fixture.rspImage().euiccIdentity.derBytes()
        var badEID = identityBytes
        let eidOffset = try #require(badEID.firstIndex(of: 0x80))
        badEID[eidOffset + 2] = 0xAB
        #expect(throws: (any Error).self) { try EuiccIdentity(derBytes: badEID) }
        // A fallback whose activation code is not one.
        var serializer = DER.Serializer()
        try serializer.appendConstructedNode(identifier: SpbFallbackMessage.defaultIdentifier) { coder in
            try SpbFallbackReason.noInteroperableSpb.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeUTF8String("LPA:9$smdp.example.com$X", identifier: .context(1))
        }
        #expect(throws: (any Error).self) { try SpbFallbackMessage(derBytes: serializer.serializedBytes) }
        // Invalid UTF-8 in a name.
        var owner = try fixture.metadata().derBytes()
        let start = try #require(owner.indices.first { owner[$0...].starts(with: Array("Red Mobile".utf8)) })
        owner[start] = 0xC3
        owner[start + 1] = 0x28
        #expect(throws: (any Error).self) { try SpbMetadata(derBytes: owner) }
    }

    @Test("Wrong outer tags, unknown CHOICE alternatives and absurd lengths are refused")
    func structure() throws {
        #expect(throws: (any Error).self) { try SpbMetadata(derBytes: [0x30, 0x00]) }
        #expect(throws: (any Error).self) { try ListSpbsResponse(derBytes: [0xBF, 0xA0, 0x04, 0x02, 0x82, 0x00]) }
        #expect(throws: (any Error).self) { try SpbImageContent(derBytes: [0xA5, 0x00]) }
        #expect(throws: (any Error).self) { try SpbPendingNotification(derBytes: [0xBF, 0xA2, 0x00, 0x00]) }
        #expect(throws: (any Error).self) {
            try BoundSpbImage(derBytes: [0xBF, 0xA2, 0x01, 0x84, 0xFF, 0xFF, 0xFF, 0xFF])
        }
        #expect(throws: (any Error).self) { try BoundSpbImage(derBytes: []) }
        // Two alternatives inside an explicit CHOICE tag.
        #expect(throws: (any Error).self) {
            try CancelSpbSessionResponse(derBytes: [0xBF, 0xA0, 0x06, 0x06, 0x81, 0x01, 0x05, 0x81, 0x01, 0x05])
        }
        // Deep nesting is refused by the parser, not by a crash.
        var nested: [UInt8] = [0x05, 0x00]
        for _ in 0..<200 { nested = [0x30] + BERLength.encode(nested.count) + nested }
        #expect(throws: (any Error).self) { try SpbMetadata(derBytes: nested) }
    }

    @Test("A signed structure with a later version's extra component still verifies")
    func extensionKeepsSignature() throws {
        // The SPB Manager of a later version appends a component to spbmSigned1 and signs the result.
        let signed = authentication.request.spbmSigned1
        let extended = try SPBTestSupport.appendingInside(signed.derBytes(), [0x9F, 0x30, 0x02, 0xCA, 0xFE])
        let decoded = try SpbmSigned1(derBytes: extended)
        #expect(try decoded.signedBytes() == extended)
        var request = authentication.request
        request.spbmSigned1 = decoded
        request.spbmSignature1 = try fixture.spbm.signingKey.rawSignature(for: extended).rawBytes
        let relayed = try AuthenticateSpbmRequest(derBytes: request.derBytes())
        _ = try fixture.spbl.authenticateSpbm(
            relayed, expectedChallenge: authentication.spblChallenge, spblInfo: fixture.spblInfo)
    }
}
