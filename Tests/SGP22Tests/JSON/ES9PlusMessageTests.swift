import Foundation
import Testing

@testable import SGP22

/// Every ES9+ message: round trip, exact field names, and the function table.
@Suite("ES9+ JSON messages")
struct ES9PlusMessageTests {
    typealias T = JSONTestSupport

    static func dpAuthCertificate() throws -> [UInt8] {
        try T.sharedData("sgp26/DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der")
    }

    static func dpPbCertificate() throws -> [UInt8] {
        try T.sharedData("sgp26/DPpb/CERT_S_SM_DPpb_ECDSA_NIST.der")
    }

    static let signature = [0x5F, 0x37, 0x40] + [UInt8](repeating: 0xA5, count: 64)

    @Test("initiateAuthentication request: round trip and field names")
    func initiateAuthenticationRequest() throws {
        let request = ES9Plus.InitiateAuthenticationRequest(
            euiccChallenge: Array(0..<16), euiccInfo1: T.hex("BF200A820302020AA900AA00"),
            smdpAddress: "testsmdpplus1.example.com")
        let data = try T.roundTrip(request)
        #expect(try T.keys(data) == ["euiccChallenge", "euiccInfo1", "smdpAddress"])
        #expect(try T.object(data)["euiccChallenge"] as? String == "AAECAwQFBgcICQoLDA0ODw==")
    }

    @Test("initiateAuthentication response: round trip, field names, transactionId as upper-case hex")
    func initiateAuthenticationResponse() throws {
        let response = ES9Plus.InitiateAuthenticationResponse(
            transactionId: T.transactionId, serverSigned1: T.hex("3006800101810101"),
            serverSignature1: Self.signature, euiccCiPKIdToBeUsed: T.hex("0414") + Array(repeating: 0x81, count: 20),
            serverCertificate: try Self.dpAuthCertificate())
        let data = try T.roundTrip(response)
        #expect(
            try T.keys(data)
                == [
                    "header", "transactionId", "serverSigned1", "serverSignature1", "euiccCiPKIdToBeUsed",
                    "serverCertificate",
                ])
        #expect(try T.keys(data, inside: "header") == ["functionExecutionStatus"])
        #expect(try T.object(data)["transactionId"] as? String == "E4F6996D64A543FC8A7F6F8F97F9428D")
    }

    @Test("authenticateClient request and response: round trip and field names")
    func authenticateClient() throws {
        let request = ES9Plus.AuthenticateClientRequest(
            transactionId: T.transactionId, authenticateServerResponse: T.hex("BF3803A00100"))
        let requestData = try T.roundTrip(request)
        #expect(try T.keys(requestData) == ["transactionId", "authenticateServerResponse"])

        let response = ES9Plus.AuthenticateClientResponse(
            transactionId: T.transactionId, profileMetadata: T.hex("BF25085A0A989410325476981032"),
            smdpSigned2: T.hex("3006800101010100"), smdpSignature2: Self.signature,
            smdpCertificate: try Self.dpPbCertificate())
        let responseData = try T.roundTrip(response)
        #expect(
            try T.keys(responseData)
                == ["header", "transactionId", "profileMetadata", "smdpSigned2", "smdpSignature2", "smdpCertificate"])
    }

    @Test("getBoundProfilePackage request and response: round trip and field names")
    func getBoundProfilePackage() throws {
        let request = ES9Plus.GetBoundProfilePackageRequest(
            transactionId: T.transactionId, prepareDownloadResponse: T.hex("BF2103A00100"))
        let requestData = try T.roundTrip(request)
        #expect(try T.keys(requestData) == ["transactionId", "prepareDownloadResponse"])

        // A large package: a real TS.48 profile stands in for the bound one, size is what matters here.
        let package = try T.sharedData("ts48/TS48V2-SAIP2-1-BERTLV-UNIQUE.der")
        let response = ES9Plus.GetBoundProfilePackageResponse(
            transactionId: T.transactionId, boundProfilePackage: package)
        let responseData = try T.roundTrip(response)
        #expect(try T.keys(responseData) == ["header", "transactionId", "boundProfilePackage"])
        #expect(try T.object(responseData)["boundProfilePackage"] as? String == Data(package).base64EncodedString())
    }

    @Test("handleNotification request: round trip and field name; the answer is HTTP 204")
    func handleNotification() throws {
        let request = ES9Plus.HandleNotificationRequest(pendingNotification: T.hex("BF3703BF2700"))
        let data = try T.roundTrip(request)
        #expect(try T.keys(data) == ["pendingNotification"])
        #expect(ES9Plus.HandleNotificationRequest.function.successHTTPStatus == 204)
        #expect(ES9Plus.HandleNotificationRequest.function.hasResponseBody == false)
    }

    @Test("cancelSession request and its header-only response: round trip and field names")
    func cancelSession() throws {
        let request = ES9Plus.CancelSessionRequest(
            transactionId: T.transactionId, cancelSessionResponse: T.hex("BF4103A00100"))
        let data = try T.roundTrip(request)
        #expect(try T.keys(data) == ["transactionId", "cancelSessionResponse"])

        let response: ES9Plus.CancelSessionResponse = .executedSuccess
        let responseData = try T.roundTrip(response)
        #expect(
            String(decoding: responseData, as: UTF8.self)
                == #"{"header":{"functionExecutionStatus":{"status":"Executed-Success"}}}"#)
    }

    @Test("the function table gives each function its SGP.22 path and finds it back")
    func functionTable() {
        #expect(
            ES9PlusFunction.allCases.map(\.path) == [
                "/gsma/rsp2/es9plus/initiateAuthentication", "/gsma/rsp2/es9plus/authenticateClient",
                "/gsma/rsp2/es9plus/getBoundProfilePackage", "/gsma/rsp2/es9plus/handleNotification",
                "/gsma/rsp2/es9plus/cancelSession",
            ])
        for function in ES9PlusFunction.allCases {
            #expect(ES9PlusFunction(path: function.path) == function)
        }
        #expect(ES9PlusFunction(path: "/gsma/rsp2/es2plus/downloadOrder") == nil)
        #expect(ES9PlusFunction(path: "/gsma/rsp2/es9plus/") == nil)
        #expect(ES9PlusFunction(path: "/gsma/rsp2/es9plus/initiateAuthentication/extra") == nil)
        #expect(ES9Plus.InitiateAuthenticationRequest.function == .initiateAuthentication)
        #expect(ES9Plus.AuthenticateClientRequest.function == .authenticateClient)
        #expect(ES9Plus.GetBoundProfilePackageRequest.function == .getBoundProfilePackage)
        #expect(ES9Plus.CancelSessionRequest.function == .cancelSession)
    }

    @Test("unknown fields from later SGP.22 versions or other LPAs are ignored")
    func unknownFieldsTolerated() throws {
        let body = """
            {"euiccChallenge":"AAECAwQFBgcICQoLDA0ODw==","euiccInfo1":"vyAA","smdpAddress":"a.example",\
            "lpaRspCapability":"AwIHgA==","header":{"functionRequesterIdentifier":"x","functionCallIdentifier":"y"},\
            "vendor":{"nested":[1,2,{"deep":null}]}}
            """
        let request = try RSPJSON.decode(ES9Plus.InitiateAuthenticationRequest.self, from: T.body(body))
        #expect(request.euiccInfo1 == [0xBF, 0x20, 0x00])

        let answer = """
            {"header":{"functionExecutionStatus":{"status":"Executed-Success"}},"transactionId":"01",\
            "transactionIdV3":"02","otherCertsInChain":["MAA="]}
            """
        let cancel = try RSPJSON.decode(ES9Plus.CancelSessionResponse.self, from: T.body(answer))
        #expect(cancel.header == .executedSuccess)
    }

    @Test("lower-case hex transaction identifiers are read, and written back in upper case")
    func lowerCaseTransactionId() throws {
        let body = #"{"transactionId":"e4f6996d","pendingNotification":"x","prepareDownloadResponse":"vyEA"}"#
        let request = try RSPJSON.decode(ES9Plus.GetBoundProfilePackageRequest.self, from: T.body(body))
        #expect(request.transactionId.bytes == [0xE4, 0xF6, 0x99, 0x6D])
        #expect(try T.object(RSPJSON.encode(request))["transactionId"] as? String == "E4F6996D")
    }

    @Test("base64 wrapped with CR LF by MIME-style encoders is read")
    func wrappedBase64() throws {
        let body = #"{"pendingNotification":"vzcD\r\nvycA"}"#
        let request = try RSPJSON.decode(ES9Plus.HandleNotificationRequest.self, from: T.body(body))
        #expect(request.pendingNotification == T.hex("BF3703BF2700"))
    }
}
