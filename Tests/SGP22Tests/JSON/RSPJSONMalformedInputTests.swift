import Foundation
import Testing

@testable import SGP22

/// Hostile and broken bodies: each is refused with an `RSPJSONError` naming the field, never a crash.
@Suite("ES9+/ES2+ JSON refuses malformed input")
struct RSPJSONMalformedInputTests {
    typealias T = JSONTestSupport

    static let goodNotification = #"{"transactionId":"0A1B","cancelSessionResponse":"vzEA"}"#

    @Test(
        "bad base64 is refused and the field named",
        arguments: [
            ("vz-A", "outside the standard alphabet"),  // URL-safe alphabet
            ("vz_A", "outside the standard alphabet"),
            ("vzE", "multiple of 4"),  // padding left out
            ("v=zE", "after '=' padding"),
            ("vz E", "outside the standard alphabet"),
            ("vz===", "more than two '='"),
            ("vzEA=", "multiple of 4"),
            ("", "must not be empty"),
            ("vzé=", "outside the standard alphabet"),
        ])
    func badBase64(value: String, complaint: String) {
        let body = #"{"transactionId":"0A1B","cancelSessionResponse":"\#(value)"}"#
        let error = T.decodeError(ES9Plus.CancelSessionRequest.self, body)
        #expect(error?.kind == .invalidValue)
        #expect(error?.fieldPath == "cancelSessionResponse")
        #expect(error?.reason.contains(complaint) == true, "\(String(describing: error))")
    }

    @Test(
        "bad hex transaction identifiers are refused",
        arguments: ["0A1", "0G1B", "0A 1B", "", "0x0A1B", String(repeating: "AB", count: 17), "０A1B"])
    func badTransactionId(value: String) {
        let body = #"{"transactionId":"\#(value)","cancelSessionResponse":"vzEA"}"#
        let error = T.decodeError(ES9Plus.CancelSessionRequest.self, body)
        #expect(error?.kind == .invalidValue)
        #expect(error?.fieldPath == "transactionId")
    }

    @Test("a transaction identifier that is not a string is a type error")
    func transactionIdAsNumber() {
        let error = T.decodeError(
            ES9Plus.CancelSessionRequest.self, #"{"transactionId":1234,"cancelSessionResponse":"vzEA"}"#)
        #expect(error?.kind == .wrongType)
        #expect(error?.fieldPath == "transactionId")
    }

    @Test("a response without its header, or with an incomplete one, is refused")
    func missingHeader() {
        let noHeader = T.decodeError(
            ES9Plus.GetBoundProfilePackageResponse.self, #"{"transactionId":"01","boundProfilePackage":"vzYA"}"#)
        #expect(noHeader?.kind == .missingField)
        #expect(noHeader?.fieldPath == "header")

        let noStatus = T.decodeError(ES9Plus.CancelSessionResponse.self, #"{"header":{"functionExecutionStatus":{}}}"#)
        #expect(noStatus?.kind == .missingField)
        #expect(noStatus?.fieldPath == "header.functionExecutionStatus.status")

        let outcome = #expect(throws: RSPJSONError.self) {
            try RSPJSON.decodeOutcome(ES9Plus.AuthenticateClientResponse.self, from: T.body(#"{"transactionId":"01"}"#))
        }
        #expect(outcome?.fieldPath == "header")
        #expect(outcome?.messageType == "ES9Plus.AuthenticateClientResponse")
    }

    @Test("a successful answer missing an output field is refused; a failed one needs none")
    func outputFieldsOnSuccessOnly() throws {
        let success = #"{"header":{"functionExecutionStatus":{"status":"Executed-Success"}},"transactionId":"01"}"#
        let error = #expect(throws: RSPJSONError.self) {
            try RSPJSON.decodeOutcome(ES9Plus.GetBoundProfilePackageResponse.self, from: T.body(success))
        }
        #expect(error?.kind == .missingField)
        #expect(error?.fieldPath == "boundProfilePackage")

        let expired = #"{"header":{"functionExecutionStatus":{"status":"Expired"}}}"#
        let outcome = try RSPJSON.decodeOutcome(ES9Plus.GetBoundProfilePackageResponse.self, from: T.body(expired))
        #expect(outcome == .notExecuted(.expired()))
    }

    @Test("unknown status strings and empty codes are refused")
    func badStatus() {
        let unknown = T.decodeError(
            HeaderOnlyResponse.self, #"{"header":{"functionExecutionStatus":{"status":"Success"}}}"#)
        #expect(unknown?.kind == .invalidValue)
        #expect(unknown?.fieldPath == "header.functionExecutionStatus.status")
        #expect(unknown?.reason.contains("Executed-Success") == true)

        let emptyCode = T.decodeError(
            HeaderOnlyResponse.self,
            #"{"header":{"functionExecutionStatus":{"status":"Failed","#
                + #""statusCodeData":{"subjectCode":"","reasonCode":"3.9"}}}}"#)
        #expect(emptyCode?.fieldPath == "header.functionExecutionStatus.statusCodeData.subjectCode")
    }

    @Test(
        "wrong JSON types are refused with the field named",
        arguments: [
            (#"{"header":"Executed-Success"}"#, "header"),
            (#"{"header":{"functionExecutionStatus":{"status":true}}}"#, "header.functionExecutionStatus.status"),
            (#"{"header":{"functionExecutionStatus":["Executed-Success"]}}"#, "header.functionExecutionStatus"),
            (#"["header"]"#, ""),
            (#""header""#, ""),
        ])
    func wrongTypes(body: String, field: String) {
        let error = T.decodeError(HeaderOnlyResponse.self, body)
        #expect(error?.kind == .wrongType)
        #expect(error?.fieldPath == field)
    }

    @Test("ES2+ fields with the wrong type or format are refused")
    func es2Formats() {
        let header = #"{"header":{"functionRequesterIdentifier":"op","functionCallIdentifier":"1"}"#
        let base = header + #","iccid":"8949449999999990023""#
        let cases: [(String, RSPJSONError.Kind, String)] = [
            (base + #","releaseFlag":"true"}"#, .wrongType, "releaseFlag"),
            (base + #","releaseFlag":1}"#, .wrongType, "releaseFlag"),
            (base + #"}"#, .missingField, "releaseFlag"),
            (base + #","releaseFlag":null}"#, .missingField, "releaseFlag"),
            (base + #","releaseFlag":true,"eid":"8904903212345123451234567890123"}"#, .invalidValue, "eid"),
            (base + #","releaseFlag":true,"eid":"8904903212345123451234567890123A"}"#, .invalidValue, "eid"),
            (header + #","iccid":"89494499A9999990023","releaseFlag":true}"#, .invalidValue, "iccid"),
            (header + #","iccid":"894944999999999002399","releaseFlag":true}"#, .invalidValue, "iccid"),
            (header + #","iccid":8949449999999990023,"releaseFlag":true}"#, .wrongType, "iccid"),
            (
                #"{"header":{"functionRequesterIdentifier":"","functionCallIdentifier":"1"},"#
                    + #""iccid":"8949449999999990023","releaseFlag":true}"#,
                .invalidValue, "header.functionRequesterIdentifier"
            ),
            (
                #"{"header":{"functionCallIdentifier":"1"},"iccid":"8949449999999990023","releaseFlag":true}"#,
                .missingField, "header.functionRequesterIdentifier"
            ),
            (#"{"iccid":"8949449999999990023","releaseFlag":true}"#, .missingField, "header"),
        ]
        for (body, kind, field) in cases {
            let error = T.decodeError(ES2Plus.ConfirmOrderRequest.self, body)
            #expect(error?.kind == kind, "\(body)")
            #expect(error?.fieldPath == field, "\(body)")
        }
        let indicator = T.decodeError(
            ES2Plus.CancelOrderRequest.self,
            base + #","finalProfileStatusIndicator":"available"}"#)
        #expect(indicator?.kind == .invalidValue)
        #expect(indicator?.fieldPath == "finalProfileStatusIndicator")
    }

    @Test("a challenge that is not 16 octets is refused on both sides")
    func challengeLength() {
        let body = #"{"euiccChallenge":"AAECAwQFBgcICQoLDA0O","euiccInfo1":"vyAA","smdpAddress":"a.example"}"#
        let error = T.decodeError(ES9Plus.InitiateAuthenticationRequest.self, body)
        #expect(error?.fieldPath == "euiccChallenge")
        #expect(error?.reason.contains("16 octets") == true)

        let request = ES9Plus.InitiateAuthenticationRequest(
            euiccChallenge: [1, 2, 3], euiccInfo1: [0xBF, 0x20, 0x00], smdpAddress: "a.example")
        let encoding = #expect(throws: RSPJSONError.self) { try RSPJSON.encode(request) }
        #expect(encoding?.kind == .encodingFailed)
        #expect(encoding?.fieldPath == "euiccChallenge")
    }

    @Test("values this side would refuse are not written either")
    func encodingChecks() {
        let empty = #expect(throws: RSPJSONError.self) {
            try RSPJSON.encode(ES9Plus.HandleNotificationRequest(pendingNotification: []))
        }
        #expect(empty?.fieldPath == "pendingNotification")
        let code = #expect(throws: RSPJSONError.self) {
            try RSPJSON.encode(HeaderOnlyResponse.failed(StatusCodeData(subjectCode: "8.2.1", reasonCode: "")))
        }
        #expect(code?.fieldPath == "header.functionExecutionStatus.statusCodeData.reasonCode")
        let header = #expect(throws: RSPJSONError.self) {
            try RSPJSON.encode(
                ES2Plus.ReleaseProfileRequest(
                    header: RequestHeader(functionRequesterIdentifier: "op", functionCallIdentifier: ""),
                    iccid: ICCID("8949449999999990023")))
        }
        #expect(header?.fieldPath == "header.functionCallIdentifier")
        #expect(header?.description.contains("ES2Plus.ReleaseProfileRequest") == true)
    }

    @Test("truncated bodies are refused as not JSON, at every cut")
    func truncated() throws {
        let full = ES9PlusCaptureTests.thalesAnswer
        let bytes = Array(full.utf8)
        for cut in stride(from: 0, to: bytes.count, by: 37) {
            let error = #expect(throws: RSPJSONError.self) {
                try RSPJSON.decode(ES9Plus.InitiateAuthenticationResponse.self, from: Array(bytes[0..<cut]))
            }
            #expect(error?.kind == .notJSON || error?.kind == .missingField, "cut at \(cut)")
        }
        let error = T.decodeError(ES9Plus.InitiateAuthenticationResponse.self, String(full.dropLast()))
        #expect(error?.kind == .notJSON)
    }

    @Test("garbage, empty and non-UTF-8 bodies are refused as not JSON")
    func notJSON() {
        for body in [Data(), Data("null".utf8), Data([0xFF, 0xFE, 0x00]), Data("{\"a\":}".utf8), Data("<html>".utf8)] {
            let error = #expect(throws: RSPJSONError.self) {
                try RSPJSON.decode(HeaderOnlyResponse.self, from: body)
            }
            #expect(error?.kind == .notJSON || error?.kind == .wrongType || error?.kind == .missingField)
        }
        let nullBody = #expect(throws: RSPJSONError.self) {
            try RSPJSON.decode(HeaderOnlyResponse.self, from: Data("null".utf8))
        }
        #expect(nullBody != nil)
    }

    @Test("a body over the size limit is refused before it is parsed")
    func tooLarge() {
        let big = Data(repeating: 0x20, count: 2048)
        let error = #expect(throws: RSPJSONError.self) {
            try RSPJSON.decode(HeaderOnlyResponse.self, from: big, maximumSize: 1024)
        }
        #expect(error?.kind == .tooLarge)
        #expect(error?.reason.contains("2048") == true)
        let outcome = #expect(throws: RSPJSONError.self) {
            try RSPJSON.decodeOutcome(HeaderOnlyResponse.self, from: big, maximumSize: 1024)
        }
        #expect(outcome?.kind == .tooLarge)
    }

    @Test("deeply nested input in an unknown field is refused, not a stack overflow")
    func deepNesting() {
        let depth = 200_000
        let body =
            #"{"header":{"functionExecutionStatus":{"status":"Executed-Success"}},"x":"#
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let error = T.decodeError(HeaderOnlyResponse.self, body)
        #expect(error?.kind == .notJSON)
    }

    @Test("a multi-megabyte base64 field within the limit is read")
    func largeField() throws {
        let package = [UInt8](repeating: 0x5A, count: 3 * 1024 * 1024)
        let response = ES9Plus.GetBoundProfilePackageResponse(
            transactionId: T.transactionId, boundProfilePackage: package)
        let decoded = try RSPJSON.decode(ES9Plus.GetBoundProfilePackageResponse.self, from: RSPJSON.encode(response))
        #expect(decoded.boundProfilePackage == package)
    }

    @Test("a hostile value shows up in the error shortened, not in full")
    func hostileValueShortened() {
        let long = String(repeating: "9", count: 100_000)
        let error = T.decodeError(
            ES2Plus.DownloadOrderRequest.self,
            #"{"header":{"functionRequesterIdentifier":"op","functionCallIdentifier":"1"},"eid":"\#(long)"}"#)
        #expect(error?.fieldPath == "eid")
        #expect((error?.description.count ?? 0) < 300)
    }
}
