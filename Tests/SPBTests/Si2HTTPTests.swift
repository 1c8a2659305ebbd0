import Foundation
import SGP22
import SPB
import Testing

@Suite("Si2 HTTP binding")
struct Si2HTTPTests {
    @Test("Paths, fields and statuses of the six functions")
    func functions() {
        #expect(Si2Function.allCases.count == 6)
        #expect(Si2Function.getSpbmCertificate.path == "/ssp/si2/v1/getSpbmCertificate")
        #expect(Si2Function(path: "/ssp/si2/v1/getBoundSpb") == .getBoundSpb)
        #expect(Si2Function(path: "/gsma/rsp2/es9plus/getBoundProfilePackage") == nil)
        #expect(Si2Function(path: "/ssp/si2/v1/unknown") == nil)
        #expect(Si2Function.handleSpbNotification.successHTTPStatus == 204)
        #expect(Si2Function.authenticateSsp.successHTTPStatus == 200)
        #expect(Si2Function.cancelSpbSession.requestField == "cancelSpbSessionRequest")
        #expect(GetBoundSpbRequest.si2Function == .getBoundSpb)
        #expect(Si2CancelSpbSessionResponse.si2Function == .cancelSpbSession)
    }

    @Test(
        "Protocol header versions",
        arguments: [
            ("ssp/si2/1.0.0", true), ("ssp/si2/1.3.12", true), ("SSP/SI2/1.0.0", true), ("ssp/si2/2.0.0", false),
            ("ssp/si2/1.0", false), ("ssp/si2/1..0", false), ("gsma/rsp/v2.2.0", false), ("ssp/si2/1.0.x", false),
        ])
    func protocolVersions(value: String, supported: Bool) {
        #expect(Si2HTTPBinding.isSupportedProtocol(value) == supported)
        #expect(Si2HTTPBinding.isSupportedProtocol(Si2HTTPBinding.protocolVersion))
        #expect(Si2HTTPBinding.requestHeaders.contains { $0.name == "X-SSP-Protocol" && $0.value == "ssp/si2/1.0.0" })
    }

    @Test("A request body carries the base64 DER under the function's field")
    func requestBody() throws {
        let request = GetBoundSpbRequest(transactionId: try SPBTestSupport.transactionId)
        let data = try Si2RequestBody(request).jsonData()
        #expect(String(decoding: data, as: UTF8.self) == #"{"getBoundSpbRequest":"v6EDBoAEAQIDBA=="}"#)
        #expect(try Si2RequestBody<GetBoundSpbRequest>.decode(from: data).message == request)
    }

    @Test("Request bodies with bad fields name the field")
    func badRequests() throws {
        let cases: [(String, RSPJSONError.Kind)] = [
            (#"{}"#, .missingField),
            (#"{"getBoundSpbRequest":null}"#, .missingField),
            (#"{"getBoundSpbRequest":42}"#, .wrongType),
            (#"{"getBoundSpbRequest":""}"#, .invalidValue),
            (#"{"getBoundSpbRequest":"v6EDBoAEAQIDBA"}"#, .invalidValue),
            (#"{"getBoundSpbRequest":"v6ED Bo AEAQIDBA=="}"#, .invalidValue),
            (#"{"getBoundSpbRequest":"v6EDBoAEAQID"}"#, .invalidValue),
            (#"{"getBoundSpbRequest":"vyIA"}"#, .invalidValue),
            (#"{"getBoundSpbRequest":"#, .notJSON),
        ]
        for (body, kind) in cases {
            do {
                _ = try Si2RequestBody<GetBoundSpbRequest>.decode(from: Data(body.utf8))
                Issue.record("accepted \(body)")
            } catch {
                #expect(error.kind == kind, "\(body): \(error)")
                if kind != .notJSON {
                    #expect(error.fieldPath.hasPrefix("getBoundSpbRequest") || error.fieldPath.isEmpty)
                }
            }
        }
        let huge = Data(repeating: 0x20, count: 64)
        #expect(throws: RSPJSONError.self) {
            try Si2RequestBody<GetBoundSpbRequest>.decode(from: huge, maximumSize: 16)
        }
    }

    @Test("A successful answer carries the header and the output")
    func success() throws {
        let response = Si2CancelSpbSessionResponse(transactionId: try SPBTestSupport.transactionId)
        let body = Si2ResponseBody(response)
        let data = try body.jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""status":"Executed-Success""#))
        #expect(text.contains(#""cancelSpbSessionResponse":"#))
        let decoded = try Si2ResponseBody<Si2CancelSpbSessionResponse>.decode(from: data)
        #expect(decoded.outcome == .executed(response, status: .executedSuccess))
        #expect(decoded.outcome.message == response)
        #expect(decoded.outcome.errorCode == nil)
    }

    @Test("A failed answer may carry a fallback with an SGP.22 activation code")
    func fallback() throws {
        let fallback = SpbFallbackMessage(
            reason: .noInteroperableSpb, rspActivationCode: try ActivationCode("LPA:1$smdp.example.com$FALLBACK-1"),
            message: "No Telecom Bundle fits this device; an eSIM Profile is offered instead.")
        let body = Si2ResponseBody<GetBoundSpbResponse>.failed(.noInteroperableSpb, fallback: fallback)
        let data = try body.jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""subjectCode":"9.2""#))
        #expect(text.contains(#""reasonCode":"4.3""#))
        #expect(text.contains(#""spbFallbackMessage":"#))
        #expect(!text.contains("getBoundSpbResponse"))
        let decoded = try Si2ResponseBody<GetBoundSpbResponse>.decode(from: data)
        guard case .fallback(let received, let status) = decoded.outcome else {
            Issue.record("expected a fallback, got \(decoded.outcome)"); return
        }
        #expect(received == fallback)
        #expect(received.rspActivationCode?.smdpAddress == "smdp.example.com")
        #expect(status.status == .failed)
        #expect(decoded.outcome.errorCode == .noInteroperableSpb)
        #expect(Si2ErrorCode.noInteroperableSpb.fallbackReason == .noInteroperableSpb)

        let plain = try Si2ResponseBody<GetBoundSpbResponse>.decode(
            from: Si2ResponseBody<GetBoundSpbResponse>.failed(.transactionIdUnknown).jsonData())
        #expect(plain.outcome == .failed(.failed(Si2ErrorCode.transactionIdUnknown.statusCodeData)))
        #expect(plain.outcome.errorCode == .transactionIdUnknown)
    }

    @Test("Inconsistent answers are refused")
    func inconsistent() throws {
        let success = #"{"header":{"functionExecutionStatus":{"status":"Executed-Success"}}}"#
        #expect(throws: RSPJSONError.self) {
            try Si2ResponseBody<Si2CancelSpbSessionResponse>.decode(from: Data(success.utf8))
        }
        let fallbackOnSuccess =
            #"{"header":{"functionExecutionStatus":{"status":"Executed-Success"}},"#
            + #""cancelSpbSessionResponse":"v6EFBoAEAQIDBA==","spbFallbackMessage":"v6ICA4ABAQ=="}"#
        #expect(throws: RSPJSONError.self) {
            try Si2ResponseBody<Si2CancelSpbSessionResponse>.decode(from: Data(fallbackOnSuccess.utf8))
        }
        let badFallback =
            #"{"header":{"functionExecutionStatus":{"status":"Failed","statusCodeData":"#
            + #"{"subjectCode":"9.2","reasonCode":"4.3"}}},"spbFallbackMessage":"AAAA"}"#
        #expect(throws: RSPJSONError.self) {
            try Si2ResponseBody<Si2CancelSpbSessionResponse>.decode(from: Data(badFallback.utf8))
        }
        let wrongStatus = #"{"header":{"functionExecutionStatus":{"status":"Done"}}}"#
        #expect(throws: RSPJSONError.self) {
            try Si2ResponseBody<Si2CancelSpbSessionResponse>.decode(from: Data(wrongStatus.utf8))
        }
        // A failure without output is fine; output fields in a failure are ignored.
        let failed =
            #"{"header":{"functionExecutionStatus":{"status":"Failed","statusCodeData":"#
            + #"{"subjectCode":"8.10.1","reasonCode":"3.9"}}},"cancelSpbSessionResponse":"!!"}"#
        let decoded = try Si2ResponseBody<Si2CancelSpbSessionResponse>.decode(from: Data(failed.utf8))
        #expect(decoded.outcome.errorCode == .transactionIdUnknown)
    }

    @Test("Every Si2 error code is unique and maps back from its status code data")
    func errorCodes() {
        let pairs = Si2ErrorCode.allCases.map { "\($0.subjectCode)/\($0.reasonCode)" }
        #expect(Set(pairs).count == pairs.count)
        for code in Si2ErrorCode.allCases {
            #expect(Si2ErrorCode(code.statusCodeData) == code)
            #expect(code.statusCodeData.message == code.description)
        }
        #expect(Si2ErrorCode(StatusCodeData(subjectCode: "8.1", reasonCode: "6.1")) == nil)
        #expect(SpbFallbackReason.allCases.allSatisfy { !$0.description.isEmpty })
    }
}
