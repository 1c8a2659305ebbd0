import Foundation
import Testing

@testable import SGP22

/// The status code table, the execution status and the header types.
@Suite("SGP.22 status codes and function execution status")
struct StatusCodeCatalogueTests {
    typealias T = JSONTestSupport

    @Test("the named codes carry SGP.22's subject and reason codes")
    func namedCodes() {
        let expected: [(StatusCodeData, String, String)] = [
            (.transactionIdUnknown, "8.10.1", "3.9"), (.invalidTransactionId, "8.10.1", "3.9"),
            (.matchingIdRefused, "8.2.6", "3.8"), (.eidRefused, "8.1.1", "3.8"),
            (.confirmationCodeMissing, "8.2.7", "2.2"), (.confirmationCodeRefused, "8.2.7", "3.8"),
            (.confirmationCodeRetriesExceeded, "8.2.7", "6.4"), (.euiccCertificateInvalid, "8.1.3", "6.1"),
            (.euiccCertificateExpired, "8.1.3", "6.3"), (.eumCertificateInvalid, "8.1.2", "6.1"),
            (.eumCertificateExpired, "8.1.2", "6.3"), (.euiccVerificationFailed, "8.1", "6.1"),
            (.ciPublicKeyUnknown, "8.11.1", "3.9"), (.iccidAlreadyInUse, "8.2.1", "3.3"),
            (.profileTypeUnavailable, "8.2.5", "3.7"), (.downloadOrderExpired, "8.8.5", "4.10"),
            (.downloadOrderRetriesExceeded, "8.8.5", "6.4"), (.securityConfigurationUnsupported, "8.8.2", "3.1"),
            (.specificationVersionUnsupported, "8.8.3", "3.1"), (.smdpCertificateUnavailable, "8.8.4", "3.7"),
            (.bppNotAvailableForRebinding, "8.2", "3.7"), (.iccidUnknown, "8.2.1", "3.9"),
            (.smdpAddressRefused, "8.8.1", "3.8"), (.eidInvalidAssociation, "8.1.1", "3.10"),
            (.smdpOidInvalidAssociation, "8.8", "3.10"), (.euiccInsufficientMemory, "8.1", "4.8"),
            (.noEligibleProfile, "8.2.5", "4.3"), (.profileNotReleased, "8.2", "1.2"),
        ]
        for (code, subject, reason) in expected {
            #expect(code.subjectCode == subject && code.reasonCode == reason, "\(code)")
            #expect(code.message?.isEmpty == false)
            #expect(code.subjectIdentifier == nil)
        }
    }

    @Test("the catalogue has each code pair once, and names every subject and reason it uses")
    func catalogueConsistent() {
        let pairs = StatusCodeData.catalogue.map { "\($0.subjectCode)/\($0.reasonCode)" }
        #expect(Set(pairs).count == pairs.count)
        #expect(pairs.count == 46)
        for code in StatusCodeData.catalogue {
            #expect(StatusCodeData.subjectName(code.subjectCode) != nil, "\(code.subjectCode)")
            #expect(StatusCodeData.reasonName(code.reasonCode) != nil, "\(code.reasonCode)")
            #expect(code.catalogueEntry == code)
        }
        #expect(StatusCodeData(subjectCode: "8.2.9", reasonCode: "3.11").catalogueEntry == nil)
    }

    @Test("a failed status built from a table entry encodes as SGP.22 shows it")
    func failedStatusJSON() throws {
        let response = HeaderOnlyResponse.failed(.transactionIdUnknown)
        let text = String(decoding: try RSPJSON.encode(response), as: UTF8.self)
        #expect(
            text
                == #"{"header":{"functionExecutionStatus":{"status":"Failed","statusCodeData":{"message":"#
                + #""The RSP session identified by the TransactionID is unknown","reasonCode":"3.9","#
                + #""subjectCode":"8.10.1"}}}}"#)
        #expect(try T.roundTrip(response) == (try RSPJSON.encode(response)))

        let identified = FunctionExecutionStatus.failed(.iccidUnknown.identifying("8949449999999990023"))
        let object = try T.object(RSPJSON.encode(identified))
        let data = try #require(object["statusCodeData"] as? [String: Any])
        #expect(Set(data.keys) == ["subjectCode", "reasonCode", "subjectIdentifier", "message"])
        #expect(data["subjectIdentifier"] as? String == "8949449999999990023")
    }

    @Test("every status string round-trips; only success and warning count as executed")
    func statuses() throws {
        #expect(
            FunctionExecutionStatus.Status.allCases.map(\.rawValue)
                == ["Executed-Success", "Executed-WithWarning", "Failed", "Expired"])
        for status in FunctionExecutionStatus.Status.allCases {
            let value = FunctionExecutionStatus(status: status, statusCodeData: .downloadOrderExpired)
            #expect(try T.roundTrip(value) == (try RSPJSON.encode(value)))
            #expect(value.isExecuted == (status == .executedSuccess || status == .executedWithWarning))
        }
    }

    @Test("a warning answer is executed and keeps its warning")
    func warningOutcome() throws {
        let body = """
            {"header":{"functionExecutionStatus":{"status":"Executed-WithWarning","statusCodeData":\
            {"subjectCode":"8.2.5","reasonCode":"4.3"}}},"iccid":"8949449999999990023"}
            """
        let outcome = try RSPJSON.decodeOutcome(ES2Plus.DownloadOrderResponse.self, from: T.body(body))
        let response = try #require(outcome.body)
        #expect(response.iccid.digits == "8949449999999990023")
        #expect(outcome.functionExecutionStatus.statusCodeData?.hasSameCode(as: .noEligibleProfile) == true)
    }

    @Test("a failure without status code data is still read")
    func failureWithoutData() throws {
        let outcome = try RSPJSON.decodeOutcome(
            ES2Plus.ConfirmOrderResponse.self,
            from: T.body(#"{"header":{"functionExecutionStatus":{"status":"Failed"}}}"#))
        #expect(outcome == .notExecuted(FunctionExecutionStatus(status: .failed)))
        #expect(outcome.body == nil)
    }

    @Test("descriptions name the codes in words")
    func descriptions() {
        #expect(
            StatusCodeData.transactionIdUnknown.description
                == "8.10.1 (TransactionId) / 3.9 (Unknown): The RSP session identified by the TransactionID is unknown")
        let received = StatusCodeData(subjectCode: "8.2.7", reasonCode: "6.4")
        #expect(received.description.contains("Confirmation Code"))
        #expect(received.description.contains("The maximum number of retries for the Confirmation Code"))
        #expect(
            FunctionExecutionStatus.failed(.iccidUnknown.identifying("894944")).description
                .hasPrefix("Failed: 8.2.1 (Profile ICCID) / 3.9 (Unknown) [894944]"))
        #expect(StatusCodeData(subjectCode: "9.9", reasonCode: "9.9").description == "9.9 / 9.9")
    }

    @Test("the HTTP binding constants and checks")
    func httpBinding() {
        #expect(RSPHTTPBinding.adminProtocol == "gsma/rsp/v2.2.0")
        #expect(RSPHTTPBinding.contentType == "application/json;charset=UTF-8")
        for value in ["gsma/rsp/v2.2.0", "gsma/rsp/v2.5.0", "gsma/rsp/v2.1.0", "gsma/rsp/v2.2"] {
            #expect(RSPHTTPBinding.isSupportedAdminProtocol(value), "\(value)")
        }
        for value in ["gsma/rsp/v3.0.0", "gsma/rsp/v2", "gsma/rsp/v2.", "gsma/rsp/v2.x.0", "", "gsma/rsp/v2.2.0.1"] {
            #expect(!RSPHTTPBinding.isSupportedAdminProtocol(value), "\(value)")
        }
        for value in ["application/json", "application/json;charset=UTF-8", "Application/JSON; charset=utf-8"] {
            #expect(RSPHTTPBinding.isJSONContentType(value), "\(value)")
        }
        for value in ["text/json", "application/jsonx", ""] {
            #expect(!RSPHTTPBinding.isJSONContentType(value), "\(value)")
        }
    }
}
