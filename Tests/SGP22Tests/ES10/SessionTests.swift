import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES10b challenge, cancel session and RAT")
struct SessionTests {
    typealias Support = ES10TestSupport

    static let transactionIdBytes = Support.hex("F2E53202F2314318B9D0EBD1D11EF87E")

    @Test("GetEUICCChallenge against a real eUICC's answer (estkme-group/lpac issue #143)")
    func challenge() throws {
        #expect(try GetEuiccChallengeRequest().derBytes() == Support.hex("BF2E 00"))
        let answer = Support.hex("BF2E128010FDC5A60071053ABB4C0F91BC0620BCFD")
        let response = try GetEuiccChallengeResponse(derBytes: answer)
        #expect(response.euiccChallenge == Support.hex("FDC5A60071053ABB4C0F91BC0620BCFD"))
        #expect(try response.derBytes() == answer)
        #expect(throws: ASN1Error.self) { try GetEuiccChallengeResponse(derBytes: Support.truncated(answer)) }
        #expect(throws: ASN1Error.self) {
            try GetEuiccChallengeResponse(derBytes: Support.hex("BF2E 11 80 0F FDC5A60071053ABB4C0F91BC0620BC"))
        }
        #expect(throws: ASN1Error.self) {
            try GetEuiccChallengeResponse(derBytes: Support.hex("BF2E 12 81 10 FDC5A60071053ABB4C0F91BC0620BCFD"))
        }
    }

    @Test("CancelSession request: automatic tags 80 and 81")
    func cancelRequest() throws {
        let request = CancelSessionRequest(
            transactionId: try TransactionId(bytes: Self.transactionIdBytes), reason: .endUserRejection)
        #expect(try request.derBytes() == Support.hex("BF41 15 80 10 F2E53202F2314318B9D0EBD1D11EF87E 81 01 00"))
        #expect(try Support.roundTrip(request).decoded == request)
        let v3 = CancelSessionRequest(transactionId: try TransactionId(bytes: [0x01]), reason: .operationAbandoned)
        #expect(try Support.roundTrip(v3).decoded == v3)
        #expect(throws: ASN1Error.self) { try CancelSessionRequest(derBytes: Support.hex("BF41 05 80 00 81 01 00")) }
        #expect(throws: ASN1Error.self) { try CancelSessionRequest(derBytes: Support.hex("BF41 03 80 01 01")) }
    }

    @Test("CancelSession response: signed OK under A0, or an error code under 81")
    func cancelResponse() throws {
        let signed = EuiccCancelSessionSigned(
            transactionId: try TransactionId(bytes: Self.transactionIdBytes),
            smdpOid: [1, 3, 6, 1, 4, 1, 31746, 1, 220], reason: .postponed)
        let ok = CancelSessionResponse.cancelSessionResponseOk(
            CancelSessionResponseOk(
                euiccCancelSessionSigned: signed, euiccCancelSessionSignature: Array(repeating: 0x5A, count: 64)))
        let (bytes, decoded) = try Support.roundTrip(ok)
        #expect(decoded == ok)
        #expect(bytes.starts(with: Support.hex("BF41 69 A0 67 30 22 80 10") + Self.transactionIdBytes + [0x81]))
        #expect(try signed.derBytes().suffix(3) == Support.hex("82 01 01"))
        #expect(
            try CancelSessionResponse(derBytes: Support.hex("BF41 03 81 01 05"))
                == .cancelSessionResponseError(.invalidTransactionId))
        #expect(
            try CancelSessionResponse(derBytes: Support.hex("BF41 03 81 01 7F"))
                == .cancelSessionResponseError(.undefinedError))
        #expect(
            try CancelSessionResponse(derBytes: Support.hex("BF41 03 81 01 01"))
                == .cancelSessionResponseError(.other(1)))
        #expect(throws: ASN1Error.self) { try CancelSessionResponse(derBytes: Support.truncated(bytes)) }
        #expect(throws: ASN1Error.self) { try CancelSessionResponse(derBytes: Support.hex("BF41 03 82 01 05")) }
        // The signed part without its reason.
        let noReason = Support.hex("BF41 11 A0 0F 30 0D 80 01 01 81 08 2B 06 01 04 01 81 F8 02")
        #expect(throws: ASN1Error.self) { try CancelSessionResponse(derBytes: noReason) }
    }

    @Test("GetRAT: rules under A0, each rule 80 A1 82")
    func rat() throws {
        #expect(try GetRatRequest().derBytes() == Support.hex("BF43 00"))
        let rule = ProfilePolicyAuthorisationRule(
            pprIds: [.ppr1, .ppr2],
            allowedOperators: [OperatorId(mccMnc: [0xEE, 0xEE, 0xEE], gid1: [], gid2: [0x01, 0x02])],
            pprFlags: .consentRequired)
        let response = GetRatResponse(rat: RulesAuthorisationTable(rules: [rule]))
        let expected = Support.hex(
            "BF43 1B A0 19 30 17 80 02 05 60 A1 0D 30 0B 80 03 EEEEEE 81 00 82 02 01 02 82 02 07 80")
        #expect(try response.derBytes() == expected)
        #expect(try GetRatResponse(derBytes: expected) == response)
        #expect(
            try GetRatResponse(derBytes: Support.hex("BF43 02 A0 00"))
                == GetRatResponse(rat: RulesAuthorisationTable(rules: [])))
        #expect(throws: ASN1Error.self) { try GetRatResponse(derBytes: Support.hex("BF43 00")) }
        #expect(throws: ASN1Error.self) { try GetRatResponse(derBytes: Support.hex("BF43 06 A0 04 30 02 80 00")) }
        // An operator whose MCC/MNC is two octets.
        let operatorTwoOctets = Support.tlv([0x30], Support.hex("80 02 EEEE 81 01 00"))
        let badRule = Support.tlv(
            [0x30], Support.hex("80 02 05 60") + Support.tlv([0xA1], operatorTwoOctets) + [0x82, 0x01, 0x00])
        let badOperator = Support.tlv([0xBF, 0x43], Support.tlv([0xA0], badRule))
        #expect(throws: ASN1Error.self) { try GetRatResponse(derBytes: badOperator) }
    }
}
