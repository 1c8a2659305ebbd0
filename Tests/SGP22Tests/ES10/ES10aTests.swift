import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES10a configured addresses")
struct ES10aTests {
    typealias Support = ES10TestSupport

    @Test("GetEuiccConfiguredAddresses against lpac's published answer (driver/apdu/stdio.c)")
    func configuredAddresses() throws {
        #expect(try EuiccConfiguredAddressesRequest().derBytes() == Support.hex("BF3C 00"))
        let answer = Support.hex("BF3C17811574657374726F6F74736D64732E67736D612E636F6D")
        let response = try EuiccConfiguredAddressesResponse(derBytes: answer)
        #expect(response == EuiccConfiguredAddressesResponse(rootDsAddress: "testrootsmds.gsma.com"))
        #expect(try response.derBytes() == answer)
        let v3 = EuiccConfiguredAddressesResponse(
            defaultDpAddress: "smdp.example.com", rootDsAddress: "lpa.ds.gsma.com",
            additionalRootDsAddresses: ["ds2.example.com", "ds3.example.com"], allowedCiPKId: [0x81, 0x37],
            ciList: [.init(ciPKId: [0x81, 0x37], ciName: "GSMA CI1")])
        #expect(try Support.roundTrip(v3).decoded == v3)
        #expect(throws: ASN1Error.self) {
            try EuiccConfiguredAddressesResponse(derBytes: Support.hex("BF3C 03 80 01 61"))
        }
        #expect(throws: ASN1Error.self) { try EuiccConfiguredAddressesResponse(derBytes: Support.truncated(answer)) }
        #expect(throws: ASN1Error.self) {
            try EuiccConfiguredAddressesResponse(derBytes: Support.hex("BF3C 03 81 01 C3"))
        }
    }

    @Test("SetDefaultDpAddress request and response")
    func setDefaultDpAddress() throws {
        let request = SetDefaultDpAddressRequest(defaultDpAddress: "a.b")
        #expect(try request.derBytes() == Support.hex("BF3F 05 80 03 612E62"))
        let v3 = SetDefaultDpAddressRequest(defaultDpAddress: "", allowedCiPKId: [0x01])
        #expect(try Support.roundTrip(v3).decoded == v3)
        #expect(try Support.roundTrip(request).decoded == request)
        #expect(
            try SetDefaultDpAddressResponse(derBytes: Support.hex("BF3F 03 80 01 08")).setDefaultDpAddressResult
                == .unsupportedCiPKId)
        #expect(
            try SetDefaultDpAddressResponse(derBytes: Support.hex("BF3F 03 80 01 03")).setDefaultDpAddressResult
                == .other(3))
        #expect(
            try SetDefaultDpAddressResponse(setDefaultDpAddressResult: .undefinedError).derBytes()
                == Support.hex("BF3F 03 80 01 7F"))
        #expect(throws: ASN1Error.self) { try SetDefaultDpAddressRequest(derBytes: Support.hex("BF3F 00")) }
        #expect(throws: ASN1Error.self) {
            try SetDefaultDpAddressRequest(derBytes: Support.hex("BF3F 05 0C 03 612E62"))
        }
    }
}
