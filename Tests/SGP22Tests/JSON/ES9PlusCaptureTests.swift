import Foundation
import Testing

@testable import SGP22

/// ES9+ bodies captured from production SM-DP+ sessions and published in public repositories; none of them was
/// produced by this code.
@Suite("ES9+ JSON against captured bodies")
struct ES9PlusCaptureTests {
    /// An `initiateAuthentication` answer from Thales' SM-DP+ `wbg.prod.ondemandconnectivity.com`, verbatim as
    /// published in a public LPA's test suite.
    static let thalesAnswer = """
        {"header":{"functionExecutionStatus":{"status":"Executed-Success"}},"transactionId":"E4F6996D64A543F\
        C8A7F6F8F97F9428D","serverSigned1":"MFmAEOT2mW1kpUP8in9vj5f5Qo2BEIvPG+StqcmK8GKYczAFYQODIXdiZy5wcm9k\
        Lm9uZGVtYW5kY29ubmVjdGl2aXR5LmNvbYQQCYL4eTemxWslVpxWjkxNaA==","serverSignature1":"XzdA8EmYdfIP++1JKT\
        y42NednT5S1wB3nGZl3hK64fGTSRgaqLMJBhZG7G0FE8S5pVS+BSFa1Rpl/1ZJl64RmhF4HA==","euiccCiPKIdToBeUsed":"B\
        BSBNw9RJdCx1AjUw7Iy5tJeeVvr+w==","serverCertificate":"MIICcjCCAhmgAwIBAgIQDQkGG+/yt1Jc3R89c4zfAjAKBg\
        gqhkjOPQQDAjBEMRgwFgYDVQQKEw9HU00gQXNzb2NpYXRpb24xKDAmBgNVBAMTH0dTTSBBc3NvY2lhdGlvbiAtIFJTUDIgUm9vdC\
        BDSTEwHhcNMjQwOTI2MDAwMDAwWhcNMjcwOTI1MjM1OTU5WjBaMQswCQYDVQQGEwJGUjESMBAGA1UEBwwJTGEgQ2lvdGF0MRIwEA\
        YDVQQKDAlUSEFMRVMgU0ExDDAKBgNVBAsMA0RJUzEVMBMGA1UEAwwMVEhBTEVTIFNNRFBQMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQ\
        cDQgAEVXJO33aaLakOC6U1kuYIfnOMfgUZ9ONU2iwiHRvGXlRbv8QklQm/N2oWfBYfgOKmKJ+8zc126Bku5GXkiUzb7qOB1jCB0z\
        AZBgNVHREEEjAQiA4rBgEEAYH4AgGBXGRlAjAXBgNVHSABAf8EDTALMAkGB2eBEgECAQQwTQYDVR0fBEYwRDBCoECgPoY8aHR0cD\
        ovL2dzbWEtY3JsLnN5bWF1dGguY29tL29mZmxpbmVjYS9nc21hLXJzcDItcm9vdC1jaTEuY3JsMA4GA1UdDwEB/wQEAwIHgDAdBg\
        NVHQ4EFgQUJfcJs3NsC9oy1qlKMb3kfLEqJaowHwYDVR0jBBgwFoAUgTcPUSXQsdQI1MOyMubSXnlb6/swCgYIKoZIzj0EAwIDRw\
        AwRAIgGW0my9crsVnzGmxCEEQtUqIFZubVgWGLzyxtu4lfe18CIAyWe1Es5pV85+TSauK+7rnSowkd6/NN4+OoclLbt15a"}
        """

    /// The request that answer belongs to: the challenge and EUICCInfo1 the eUICC produced, base64 of the bytes.
    static let thalesRequest = """
        {"euiccChallenge":"i88b5K2pyYrwYphzMAVhAw==",\
        "euiccInfo1":"vyA1ggMCAgKpFgQUgTcPUSXQsdQI1MOyMubSXnlb6/uqFgQUgTcPUSXQsdQI1MOyMubSXnlb6/s=",\
        "smdpAddress":"wbg.prod.ondemandconnectivity.com"}
        """

    static let sentChallenge = JSONTestSupport.hex("8BCF1BE4ADA9C98AF062987330056103")
    static let gsmaCIKeyId = JSONTestSupport.hex("81370F5125D0B1D408D4C3B232E6D25E795BEBFB")

    @Test("the captured request decodes to the eUICC's bytes and re-encodes identically")
    func capturedRequest() throws {
        let request = try RSPJSON.decode(
            ES9Plus.InitiateAuthenticationRequest.self, from: JSONTestSupport.body(Self.thalesRequest))
        #expect(request.euiccChallenge == Self.sentChallenge)
        #expect(
            request.euiccInfo1
                == JSONTestSupport.hex(
                    "BF20358203020202A916041481370F5125D0B1D408D4C3B232E6D25E795BEBFB"
                        + "AA16041481370F5125D0B1D408D4C3B232E6D25E795BEBFB"))
        #expect(request.smdpAddress == "wbg.prod.ondemandconnectivity.com")
        let encoded = try RSPJSON.encode(request)
        #expect(String(decoding: encoded, as: UTF8.self) == Self.thalesRequest)
    }

    @Test("the captured answer decodes, and its signed data echoes the session and the challenge")
    func capturedAnswer() throws {
        let outcome = try RSPJSON.decodeOutcome(
            ES9Plus.InitiateAuthenticationResponse.self, from: JSONTestSupport.body(Self.thalesAnswer))
        let answer = try #require(outcome.body)
        #expect(answer.header == .executedSuccess)
        #expect(answer.transactionId.description == "E4F6996D64A543FC8A7F6F8F97F9428D")
        #expect(answer.serverSigned1.count == 91)
        // ServerSigned1 ::= SEQUENCE { transactionId [0], euiccChallenge [1], serverAddress [3], serverChallenge [4] }
        #expect(Array(answer.serverSigned1.prefix(4)) == [0x30, 0x59, 0x80, 0x10])
        #expect(Array(answer.serverSigned1[4..<20]) == answer.transactionId.bytes)
        #expect(Array(answer.serverSigned1[20..<22]) == [0x81, 0x10])
        #expect(Array(answer.serverSigned1[22..<38]) == Self.sentChallenge)
        #expect(String(decoding: answer.serverSigned1[40..<73], as: UTF8.self) == "wbg.prod.ondemandconnectivity.com")
        #expect(answer.serverSignature1.count == 67)
        #expect(Array(answer.serverSignature1.prefix(3)) == [0x5F, 0x37, 0x40])
        #expect(answer.euiccCiPKIdToBeUsed == [0x04, 0x14] + Self.gsmaCIKeyId)
        #expect(answer.serverCertificate.count == 630)
        #expect(Array(answer.serverCertificate.prefix(4)) == [0x30, 0x82, 0x02, 0x72])
    }

    @Test("the captured answer survives a round trip byte for byte in every field")
    func capturedAnswerRoundTrip() throws {
        let answer = try RSPJSON.decode(
            ES9Plus.InitiateAuthenticationResponse.self, from: JSONTestSupport.body(Self.thalesAnswer))
        let reencoded = try RSPJSON.encode(answer)
        let original = try JSONTestSupport.object(JSONTestSupport.body(Self.thalesAnswer))
        let ours = try JSONTestSupport.object(reencoded)
        for key in ["transactionId", "serverSigned1", "serverSignature1", "euiccCiPKIdToBeUsed", "serverCertificate"] {
            #expect(ours[key] as? String == original[key] as? String, "\(key)")
        }
        #expect(Set(ours.keys) == Set(original.keys))
    }

    @Test("a request built from an lpac APDU trace matches Foundation's base64 of the same bytes")
    func requestFromLpacTrace() throws {
        // GetEUICCChallenge and GetEUICCInfo1 answers from a public lpac debug log (estkme-group/lpac issue 143).
        let challenge = JSONTestSupport.hex("FDC5A60071053ABB4C0F91BC0620BCFD")
        let info1 = JSONTestSupport.hex(
            "BF20358203020300A916041481370F5125D0B1D408D4C3B232E6D25E795BEBFB"
                + "AA16041481370F5125D0B1D408D4C3B232E6D25E795BEBFB")
        let request = ES9Plus.InitiateAuthenticationRequest(
            euiccChallenge: challenge, euiccInfo1: info1, smdpAddress: "smdp.io")
        let object = try JSONTestSupport.object(RSPJSON.encode(request))
        #expect(object["euiccChallenge"] as? String == Data(challenge).base64EncodedString())
        #expect(object["euiccInfo1"] as? String == Data(info1).base64EncodedString())
        #expect(object["smdpAddress"] as? String == "smdp.io")
    }

    @Test("a failed answer with only a header is reported as not executed, with its codes")
    func failedAnswer() throws {
        let body = """
            {"header":{"functionExecutionStatus":{"status":"Failed","statusCodeData":\
            {"subjectCode":"8.2.6","reasonCode":"3.8","message":"The matchingID is not found"}}}}
            """
        let outcome = try RSPJSON.decodeOutcome(
            ES9Plus.AuthenticateClientResponse.self, from: JSONTestSupport.body(body))
        guard case .notExecuted(let status) = outcome else {
            Issue.record("expected notExecuted, got \(outcome)")
            return
        }
        #expect(status.status == .failed)
        let code = try #require(status.statusCodeData)
        #expect(code.hasSameCode(as: .matchingIdRefused))
        #expect(code.message == "The matchingID is not found")
        #expect(code.catalogueEntry == .matchingIdRefused)
    }
}
