import Crypto
import SSPCrypto
import SwiftASN1
import Testing
import X509

@testable import SGP22

@Suite("ES10b.AuthenticateServer")
struct AuthenticateServerTests {
    typealias Support = DownloadTestSupport

    /// From an `initiateAuthentication` answer of Thales' production SM-DP+
    /// `wbg.prod.ondemandconnectivity.com`, as published in a public LPA's test suite: the signed data,
    /// the whole serverSignature1 TLV, the whole euiccCiPKIdToBeUsed TLV and CERT.DPauth.ECDSA, each
    /// the base64 of the bytes the LPA puts into ES10b.AuthenticateServer unchanged.
    enum Thales {
        static let serverSigned1 = Support.base64(
            "MFmAEOT2mW1kpUP8in9vj5f5Qo2BEIvPG+StqcmK8GKYczAFYQODIXdiZy5wcm9kLm9uZGVtYW5kY29ubmVjdGl2aXR5"
                + "LmNvbYQQCYL4eTemxWslVpxWjkxNaA==")
        static let serverSignature1 = Support.base64(
            "XzdA8EmYdfIP++1JKTy42NednT5S1wB3nGZl3hK64fGTSRgaqLMJBhZG7G0FE8S5pVS+BSFa1Rpl/1ZJl64RmhF4HA==")
        static let euiccCiPKIdToBeUsed = Support.base64("BBSBNw9RJdCx1AjUw7Iy5tJeeVvr+w==")
        static let serverCertificate = Support.base64("""
            MIICcjCCAhmgAwIBAgIQDQkGG+/yt1Jc3R89c4zfAjAKBggqhkjOPQQDAjBEMRgwFgYDVQQKEw9HU00gQXNzb2NpYXRpb24xKDAm
            BgNVBAMTH0dTTSBBc3NvY2lhdGlvbiAtIFJTUDIgUm9vdCBDSTEwHhcNMjQwOTI2MDAwMDAwWhcNMjcwOTI1MjM1OTU5WjBaMQsw
            CQYDVQQGEwJGUjESMBAGA1UEBwwJTGEgQ2lvdGF0MRIwEAYDVQQKDAlUSEFMRVMgU0ExDDAKBgNVBAsMA0RJUzEVMBMGA1UEAwwM
            VEhBTEVTIFNNRFBQMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEVXJO33aaLakOC6U1kuYIfnOMfgUZ9ONU2iwiHRvGXlRbv8Qk
            lQm/N2oWfBYfgOKmKJ+8zc126Bku5GXkiUzb7qOB1jCB0zAZBgNVHREEEjAQiA4rBgEEAYH4AgGBXGRlAjAXBgNVHSABAf8EDTAL
            MAkGB2eBEgECAQQwTQYDVR0fBEYwRDBCoECgPoY8aHR0cDovL2dzbWEtY3JsLnN5bWF1dGguY29tL29mZmxpbmVjYS9nc21hLXJz
            cDItcm9vdC1jaTEuY3JsMA4GA1UdDwEB/wQEAwIHgDAdBgNVHQ4EFgQUJfcJs3NsC9oy1qlKMb3kfLEqJaowHwYDVR0jBBgwFoAU
            gTcPUSXQsdQI1MOyMubSXnlb6/swCgYIKoZIzj0EAwIDRwAwRAIgGW0my9crsVnzGmxCEEQtUqIFZubVgWGLzyxtu4lfe18CIAyW
            e1Es5pV85+TSauK+7rnSowkd6/NN4+OoclLbt15a
            """)
        static let euiccChallenge = Support.hex("8BCF1BE4ADA9C98AF062987330056103")

        /// ctxParams1 as lpac builds it: matchingId, then TAC 35290611 and no capabilities.
        static let ctxParams1 = Support.tlv(
            [0xA0], Support.tlv([0x80], Array("ABCD-1234".utf8)) + Support.hex("A108 8004 35290611 A100"))

        /// The ES10b.AuthenticateServer command an LPA builds from that answer.
        static var request: [UInt8] {
            Support.tlv(
                [0xBF, 0x38],
                serverSigned1 + serverSignature1 + euiccCiPKIdToBeUsed + serverCertificate + ctxParams1)
        }
    }

    @Test("Thales' serverSigned1 decodes field by field")
    func thalesServerSigned1() throws {
        let signed = try ServerSigned1(derBytes: Thales.serverSigned1)
        #expect(signed.transactionId.description == "E4F6996D64A543FC8A7F6F8F97F9428D")
        #expect(signed.euiccChallenge == Thales.euiccChallenge)
        #expect(signed.serverAddress == "wbg.prod.ondemandconnectivity.com")
        #expect(signed.serverChallenge == Support.hex("0982F87937A6C56B25569C568E4C4D68"))
        #expect(try signed.signedBytes() == Thales.serverSigned1)
    }

    @Test("the AuthenticateServer command built from Thales' answer decodes, re-encodes, and its signature verifies")
    func thalesRequest() throws {
        let request = try AuthenticateServerRequest(derBytes: Thales.request)
        #expect(request.serverSignature1 == Array(Thales.serverSignature1.dropFirst(3)))
        #expect(request.euiccCiPKIdToBeUsed == Support.hex("81370F5125D0B1D408D4C3B232E6D25E795BEBFB"))
        #expect(try request.serverCertificate.serializeAsPEM().derBytes == Thales.serverCertificate)
        guard case .ctxParamsForCommonAuthentication(let context) = request.ctxParams1 else {
            Issue.record("expected common authentication")
            return
        }
        #expect(context.matchingId == "ABCD-1234")
        #expect(context.deviceInfo == Support.deviceInfo())
        #expect(try request.derBytes() == Thales.request)

        // serverSignature1 is Thales' ECDSA over exactly signedBytes(): a byte-exact check we did not produce.
        let key = try #require(P256.Signing.PublicKey(request.serverCertificate.publicKey))
        #expect(key.isValidSignature(rawBytes: request.serverSignature1, for: try request.serverSigned1.signedBytes()))
        var tampered = request.serverSigned1
        tampered.serverAddress = "csl.prod.ondemandconnectivity.com"
        #expect(!key.isValidSignature(rawBytes: request.serverSignature1, for: try tampered.signedBytes()))
    }

    @Test("a v3 serverSigned1 keeps the components this model skips in the bytes it signs")
    func serverSigned1Extension() throws {
        // sessionContext [5] and serverRspCapability [6], as a v3.1 server appends them.
        let extended = Support.appending(
            Support.hex("A503800101 8602 0780"), toContentOf: Thales.serverSigned1, tagLength: 1)
        let signed = try ServerSigned1(derBytes: extended)
        #expect(signed.serverAddress == "wbg.prod.ondemandconnectivity.com")
        #expect(try signed.signedBytes() == extended)
        #expect(try signed.derBytes() == extended)
        // Setting a field re-encodes from the fields, so the unknown components are gone.
        var changed = signed
        changed.serverAddress = "wbg.prod.ondemandconnectivity.com"
        #expect(try changed.signedBytes() == Thales.serverSigned1)
        #expect(changed != signed)
        #expect(try ServerSigned1(derBytes: Thales.serverSigned1) == changed)
    }

    @Test("v3.1 components of CtxParamsForCommonAuthentication are skipped")
    func ctxParamsExtension() throws {
        // operationType [2], then an ICCID, as a v3.1 LPA appends them.
        let v3 = Support.tlv(
            [0xA0],
            Support.hex("8009 414243442D31323334 A108 8004 35290611 A100 8202 0780 5A0A98001032547698103214"))
        let context = try CtxParams1(derBytes: v3)
        #expect(context == .ctxParamsForCommonAuthentication(
            CtxParamsForCommonAuthentication(matchingId: "ABCD-1234", deviceInfo: Support.deviceInfo())))
        // Without matchingId.
        let anonymous = CtxParams1.ctxParamsForCommonAuthentication(
            CtxParamsForCommonAuthentication(deviceInfo: Support.deviceInfo()))
        #expect(try anonymous.derBytes() == Support.hex("A00A A108 8004 35290611 A100"))
        #expect(try CtxParams1(derBytes: anonymous.derBytes()) == anonymous)
        // deviceInfo missing.
        #expect(throws: (any Error).self) { try CtxParams1(derBytes: Support.hex("A003 800141")) }
    }

    @Test("round trip of a request made with an SGP.26 certificate")
    func requestRoundTrip() throws {
        let request = try Self.sampleRequest()
        let (bytes, decoded) = try Support.roundTrip(request)
        #expect(decoded == request)
        #expect(Array(bytes.prefix(2)) == [0xBF, 0x38])
        // The components carry their own tags: 30, 5F37, 04, 30, A0.
        let node = try DER.parse(bytes)
        guard case .constructed(let children) = node.content else {
            Issue.record("not constructed")
            return
        }
        #expect(children.map(\.identifier) == [
            .sequence, .application(55), .octetString, .sequence, .context(0),
        ])
    }

    @Test("AuthenticateServerResponse: the Ok alternative is A0 and its signature covers euiccSigned1's DER")
    func responseOk() throws {
        let ok = try Self.sampleResponseOk()
        let response = AuthenticateServerResponse.authenticateResponseOk(ok)
        let (bytes, decoded) = try Support.roundTrip(response)
        #expect(decoded == response)
        #expect(bytes[0] == 0xBF && bytes[1] == 0x38)
        let choice = try DER.parse(bytes)
        guard case .constructed(let children) = choice.content, let first = children.first(where: { _ in true }) else {
            Issue.record("not constructed")
            return
        }
        #expect(first.identifier == .context(0))
        #expect(try ok.euiccSigned1.signedBytes() == ok.euiccSigned1.derBytes())
        #expect(try ok.euiccSigned1.signedBytes().first == 0x30)
    }

    @Test("a newer eUICC's EUICCInfo2 fields stay in euiccSigned1's signed bytes")
    func euiccSigned1Preserved() throws {
        let signed = try Self.sampleEuiccSigned1()
        let encoded = try signed.derBytes()
        // Append an unknown component inside EUICCInfo2 (BF22) as a newer eUICC would.
        let info2 = Support.eastcompeaceInfo2
        let newerInfo2 = Support.appending(Support.hex("9F7F0105"), toContentOf: info2, tagLength: 2)
        #expect(Array(encoded.prefix(2)) == [0x30, 0x81])
        var content = Array(encoded[3...])
        let inner = try #require(content.firstRange(of: info2))
        content.replaceSubrange(inner, with: newerInfo2)
        let newer = Support.tlv([0x30], content)
        let decoded = try EuiccSigned1(derBytes: newer)
        #expect(try decoded.signedBytes() == newer)
        #expect(decoded.euiccInfo2 == signed.euiccInfo2)
    }

    @Test("AuthenticateServerResponse: the error alternative is A1 with a universal INTEGER code")
    func responseError() throws {
        let error = AuthenticateResponseError(
            transactionId: try Support.transactionId("0102"), authenticateErrorCode: .invalidSignature)
        let response = AuthenticateServerResponse.authenticateResponseError(error)
        let bytes = try response.derBytes()
        #expect(bytes == Support.hex("BF3809 A107 80020102 020102"))
        #expect(try AuthenticateServerResponse(derBytes: bytes) == response)
        // Every named code and an unnamed one survive.
        for code in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 127, 99] {
            let value = AuthenticateErrorCode(code: code)
            #expect(value.code == code)
            #expect(try AuthenticateErrorCode(derBytes: value.derBytes()) == value)
        }
        #expect(AuthenticateErrorCode(code: 99) == .other(99))
    }

    @Test("hostile AuthenticateServer messages are refused")
    func hostile() throws {
        let request = Thales.request
        for cut in [1, 3, 50, request.count - 1] {
            #expect(throws: (any Error).self) { try AuthenticateServerRequest(derBytes: request.prefix(cut)) }
        }
        // A wrong outer tag.
        #expect(throws: (any Error).self) {
            try AuthenticateServerRequest(derBytes: [0xBF, 0x21] + request.dropFirst(2))
        }
        // A length that claims more than there is.
        var overlong = request
        overlong[4] &+= 1
        #expect(throws: (any Error).self) { try AuthenticateServerRequest(derBytes: overlong) }
        // ctxParams1 missing.
        let withoutContext = Support.tlv(
            [0xBF, 0x38],
            Thales.serverSigned1 + Thales.serverSignature1 + Thales.euiccCiPKIdToBeUsed + Thales.serverCertificate)
        #expect(throws: (any Error).self) { try AuthenticateServerRequest(derBytes: withoutContext) }
        // A v3 CtxParams1 alternative this model does not know (device change, A1).
        let deviceChange = Support.tlv(
            [0xBF, 0x38],
            Thales.serverSigned1 + Thales.serverSignature1 + Thales.euiccCiPKIdToBeUsed + Thales.serverCertificate
                + Support.hex("A100"))
        #expect(throws: (any Error).self) { try AuthenticateServerRequest(derBytes: deviceChange) }
        // A challenge of 15 bytes.
        var shortChallenge = Thales.serverSigned1
        shortChallenge.remove(at: 20)
        shortChallenge[1] -= 1
        shortChallenge[19] = 0x0F
        #expect(throws: (any Error).self) { try ServerSigned1(derBytes: shortChallenge) }
        // A response with neither A0 nor A1, with two alternatives, or empty.
        #expect(throws: (any Error).self) { try AuthenticateServerResponse(derBytes: Support.hex("BF3804 A2020500")) }
        #expect(throws: (any Error).self) { try AuthenticateServerResponse(derBytes: Support.hex("BF3800")) }
        #expect(throws: (any Error).self) {
            try AuthenticateServerResponse(derBytes: Support.hex("BF3812 A107 80020102 020102 A107 80020102 020102"))
        }
        // An error code that is not an INTEGER.
        #expect(throws: (any Error).self) {
            try AuthenticateServerResponse(derBytes: Support.hex("BF3809 A107 80020102 810102"))
        }
    }

    static func sampleRequest() throws -> AuthenticateServerRequest {
        AuthenticateServerRequest(
            serverSigned1: ServerSigned1(
                transactionId: try Support.transactionId(),
                euiccChallenge: [UInt8](repeating: 0x11, count: 16),
                serverAddress: "testsmdpplus1.example.com",
                serverChallenge: [UInt8](repeating: 0x22, count: 16)),
            serverSignature1: [UInt8](repeating: 0x33, count: 64),
            euiccCiPKIdToBeUsed: Support.hex("F54172BDF98A95D65CBEB88A38A1C11D800A85C3"),
            serverCertificate: try Support.sgp26Certificate("DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der"),
            ctxParams1: .ctxParamsForCommonAuthentication(
                CtxParamsForCommonAuthentication(matchingId: "QR-G-5C-KR-1I1B-ESTA", deviceInfo: Support.deviceInfo())))
    }

    static func sampleEuiccSigned1() throws -> EuiccSigned1 {
        EuiccSigned1(
            transactionId: try Support.transactionId(),
            serverAddress: "testsmdpplus1.example.com",
            serverChallenge: [UInt8](repeating: 0x22, count: 16),
            euiccInfo2: try EUICCInfo2(derBytes: Support.eastcompeaceInfo2),
            ctxParams1: .ctxParamsForCommonAuthentication(
                CtxParamsForCommonAuthentication(matchingId: nil, deviceInfo: Support.deviceInfo())))
    }

    static func sampleResponseOk() throws -> AuthenticateResponseOk {
        // SGP.26 ships no eUICC or EUM certificate; the CI and DPauth certificates stand in for them.
        AuthenticateResponseOk(
            euiccSigned1: try sampleEuiccSigned1(),
            euiccSignature1: [UInt8](repeating: 0x44, count: 64),
            euiccCertificate: try Support.sgp26Certificate("DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der"),
            eumCertificate: try Support.sgp26Certificate("CertificateIssuer/CERT_CI_ECDSA_NIST.der"))
    }
}
