import Foundation
import Testing

@testable import SGP22

/// Every ES2+ message: round trip, exact field names, formats, and the function table.
@Suite("ES2+ JSON messages")
struct ES2PlusMessageTests {
    typealias T = JSONTestSupport

    /// The SGP.26 test EID; its check digits are deliberately not tested at this layer.
    static func eid() throws -> EID { try EID("89049032123451234512345678901235", validation: .lenient) }
    /// The ICCID of the TS.48 V1-A test profile.
    static func iccid() throws -> ICCID { try ICCID("8949449999999990023") }

    @Test("downloadOrder request and response: round trip and field names")
    func downloadOrder() throws {
        let eid = try Self.eid()
        let iccid = try Self.iccid()
        let full = ES2Plus.DownloadOrderRequest(
            header: T.operatorHeader, eid: eid, iccid: iccid, profileType: "TS48-generic")
        let data = try T.roundTrip(full)
        #expect(try T.keys(data) == ["header", "eid", "iccid", "profileType"])
        #expect(try T.keys(data, inside: "header") == ["functionRequesterIdentifier", "functionCallIdentifier"])

        let byType = ES2Plus.DownloadOrderRequest(header: T.operatorHeader, profileType: "TS48-generic")
        #expect(try T.keys(T.roundTrip(byType)) == ["header", "profileType"])

        let response = ES2Plus.DownloadOrderResponse(iccid: iccid)
        #expect(try T.keys(T.roundTrip(response)) == ["header", "iccid"])
    }

    @Test("confirmOrder request and response: round trip, field names, releaseFlag as a JSON boolean")
    func confirmOrder() throws {
        let eid = try Self.eid()
        let iccid = try Self.iccid()
        let request = ES2Plus.ConfirmOrderRequest(
            header: T.operatorHeader, iccid: iccid, eid: eid, matchingId: "QR-G-5C-1LS-1W1Z9P7",
            confirmationCode: "1234", smdsAddress: "lpa.ds.gsma.com", releaseFlag: true)
        let data = try T.roundTrip(request)
        #expect(
            try T.keys(data)
                == ["header", "iccid", "eid", "matchingId", "confirmationCode", "smdsAddress", "releaseFlag"])
        #expect(try T.object(data)["releaseFlag"] as? Bool == true)

        let minimal = ES2Plus.ConfirmOrderRequest(header: T.operatorHeader, iccid: iccid, releaseFlag: false)
        #expect(try T.keys(T.roundTrip(minimal)) == ["header", "iccid", "releaseFlag"])

        let response = ES2Plus.ConfirmOrderResponse(
            eid: eid, matchingId: "QR-G-5C-1LS-1W1Z9P7", smdpAddress: "testsmdpplus1.example.com")
        #expect(try T.keys(T.roundTrip(response)) == ["header", "eid", "matchingId", "smdpAddress"])
        // An empty MatchingID is legal (SM-DS or default SM-DP+ downloads).
        let empty = ES2Plus.ConfirmOrderResponse(matchingId: "")
        #expect(try T.keys(T.roundTrip(empty)) == ["header", "matchingId"])
    }

    @Test("cancelOrder request: round trip, field names, the two final states")
    func cancelOrder() throws {
        let eid = try Self.eid()
        let iccid = try Self.iccid()
        for indicator in ES2Plus.FinalProfileStatusIndicator.allCases {
            let request = ES2Plus.CancelOrderRequest(
                header: T.operatorHeader, iccid: iccid, eid: eid, matchingId: "ABC-123",
                finalProfileStatusIndicator: indicator)
            let data = try T.roundTrip(request)
            #expect(try T.keys(data) == ["header", "iccid", "eid", "matchingId", "finalProfileStatusIndicator"])
            #expect(try T.object(data)["finalProfileStatusIndicator"] as? String == indicator.rawValue)
        }
        #expect(ES2Plus.FinalProfileStatusIndicator.allCases.map(\.rawValue) == ["Available", "Unavailable"])
        let response: ES2Plus.CancelOrderResponse = .failed(.iccidUnknown.identifying(iccid.digits))
        #expect(try T.keys(T.roundTrip(response)) == ["header"])
    }

    @Test("releaseProfile request: round trip and field names")
    func releaseProfile() throws {
        let iccid = try Self.iccid()
        let request = ES2Plus.ReleaseProfileRequest(header: T.operatorHeader, iccid: iccid)
        #expect(try T.keys(T.roundTrip(request)) == ["header", "iccid"])
        #expect(try T.object(RSPJSON.encode(request))["iccid"] as? String == "8949449999999990023")
        let response: ES2Plus.ReleaseProfileResponse = .executedSuccess
        #expect(try T.keys(T.roundTrip(response)) == ["header"])
    }

    @Test("handleDownloadProgressInfo request: round trip, field names, W3C timestamp, integer notification point")
    func handleDownloadProgressInfo() throws {
        let eid = try Self.eid()
        let iccid = try Self.iccid()
        let request = ES2Plus.HandleDownloadProgressInfoRequest(
            header: RequestHeader(functionRequesterIdentifier: "smdp", functionCallIdentifier: "n-7"),
            eid: eid, iccid: iccid, profileType: "TS48-generic",
            timestamp: Date(timeIntervalSince1970: 1_008_581_447), notificationPointId: .bppInstallation,
            notificationPointStatus: .failed(.euiccInsufficientMemory), resultData: T.hex("BF3703BF2700"))
        let data = try T.roundTrip(request)
        #expect(
            try T.keys(data)
                == [
                    "header", "eid", "iccid", "profileType", "timestamp", "notificationPointId",
                    "notificationPointStatus", "resultData",
                ])
        let object = try T.object(data)
        #expect(object["timestamp"] as? String == "2001-12-17T09:30:47Z")
        #expect(object["notificationPointId"] as? Int == 4)
        #expect(try T.keys(data, inside: "notificationPointStatus") == ["status", "statusCodeData"])

        let minimal = ES2Plus.HandleDownloadProgressInfoRequest(
            header: T.operatorHeader, iccid: iccid, profileType: "P1", timestamp: Date(timeIntervalSince1970: 0),
            notificationPointId: 3, notificationPointStatus: .executedSuccess)
        #expect(
            try T.keys(T.roundTrip(minimal))
                == ["header", "iccid", "profileType", "timestamp", "notificationPointId", "notificationPointStatus"])
    }

    @Test("ICCIDs with the EF.ICCID padding F are read without it; identifiers are not check-digit tested here")
    func identifierLeniency() throws {
        let iccid = try Self.iccid()
        let body = """
            {"header":{"functionRequesterIdentifier":"op","functionCallIdentifier":"1"},\
            "iccid":"8949449999999990023F","eid":"89049032123451234512345678901236","releaseFlag":true}
            """
        let request = try RSPJSON.decode(ES2Plus.ConfirmOrderRequest.self, from: T.body(body))
        #expect(request.iccid == iccid)
        #expect(request.eid?.hasValidCheckDigits == false)
        let object = try T.object(RSPJSON.encode(request))
        #expect(object["iccid"] as? String == "8949449999999990023")
        #expect(object["eid"] as? String == "89049032123451234512345678901236")
    }

    @Test("timestamps with offsets and fractions are read as the same instant")
    func timestampVariants() throws {
        let instant = Date(timeIntervalSince1970: 1_008_581_447)
        for text in ["2001-12-17T09:30:47Z", "2001-12-17T10:30:47+01:00", "2001-12-17T04:00:47-05:30"] {
            #expect(try RSPJSONTimestamp.parse(text).get() == instant, "\(text)")
        }
        #expect(try RSPJSONTimestamp.parse("2001-12-17T09:30:47.250Z").get() == instant.addingTimeInterval(0.25))
        #expect(RSPJSONTimestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(RSPJSONTimestamp.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        for bad in [
            "2001-12-17T09:30:47", "2001-12-17 09:30:47Z", "2001-02-29T00:00:00Z", "2001-13-01T00:00:00Z",
            "2001-12-17T24:00:00Z", "2001-12-17T09:30:47+0100", "1709712641", "", "2001-12-17T09:30:47.Z",
        ] {
            #expect(throws: RSPJSONFieldFault.self, "\(bad)") { try RSPJSONTimestamp.parse(bad).get() }
        }
    }

    @Test("the function table gives each function its SGP.22 path; only the callback is called by the SM-DP+")
    func functionTable() {
        #expect(
            ES2PlusFunction.allCases.map(\.path) == [
                "/gsma/rsp2/es2plus/downloadOrder", "/gsma/rsp2/es2plus/confirmOrder",
                "/gsma/rsp2/es2plus/cancelOrder", "/gsma/rsp2/es2plus/releaseProfile",
                "/gsma/rsp2/es2plus/handleDownloadProgressInfo",
            ])
        for function in ES2PlusFunction.allCases {
            #expect(ES2PlusFunction(path: function.path) == function)
            #expect(function.isCalledBySMDP == (function == .handleDownloadProgressInfo))
            #expect(function.successHTTPStatus == (function == .handleDownloadProgressInfo ? 204 : 200))
        }
        #expect(ES2Plus.DownloadOrderRequest.function == .downloadOrder)
        #expect(ES2Plus.ConfirmOrderRequest.function == .confirmOrder)
        #expect(ES2Plus.CancelOrderRequest.function == .cancelOrder)
        #expect(ES2Plus.ReleaseProfileRequest.function == .releaseProfile)
        #expect(ES2Plus.HandleDownloadProgressInfoRequest.function == .handleDownloadProgressInfo)
    }

    @Test("a vendor callback that strays from SGP.22 is refused at the first wrong field, by name")
    func vendorCallbackRefused() throws {
        // A published vendor sample: `timeStamp` (capital S) in Unix seconds, notificationPointId as a string.
        var body = """
            {"header":{"functionRequesterIdentifier":"24a3b946405843d2a1bc69780e7ba717",\
            "functionCallIdentifier":"handleDownloadProgressInfo"},"iccid":"89852342022019785558",\
            "eid":"89043051202200005223001347834515","profileType":"CMI_gds_esim_02","timeStamp":"1709712641",\
            "notificationPointId":"102","notificationPointStatus":{"status":"Executed-Success"}}
            """
        let missing = T.decodeError(ES2Plus.HandleDownloadProgressInfoRequest.self, body)
        #expect(missing?.kind == .missingField)
        #expect(missing?.fieldPath == "timestamp")

        body = body.replacingOccurrences(of: "timeStamp", with: "timestamp")
        let badTime = T.decodeError(ES2Plus.HandleDownloadProgressInfoRequest.self, body)
        #expect(badTime?.kind == .invalidValue)
        #expect(badTime?.fieldPath == "timestamp")

        body = body.replacingOccurrences(of: "\"1709712641\"", with: "\"2024-03-06T08:10:41Z\"")
        let badPoint = T.decodeError(ES2Plus.HandleDownloadProgressInfoRequest.self, body)
        #expect(badPoint?.kind == .wrongType)
        #expect(badPoint?.fieldPath == "notificationPointId")

        body = body.replacingOccurrences(of: "\"102\"", with: "102")
        let request = try RSPJSON.decode(ES2Plus.HandleDownloadProgressInfoRequest.self, from: T.body(body))
        #expect(request.notificationPointId.rawValue == 102)
        #expect(request.iccid.digits == "89852342022019785558")
        #expect(request.eid?.digits == "89043051202200005223001347834515")
        #expect(request.timestamp == Date(timeIntervalSince1970: 1_709_712_641))
    }
}
