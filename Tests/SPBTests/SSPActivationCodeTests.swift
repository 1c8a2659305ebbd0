import SGP22
import SPB
import Testing

@Suite("SSP activation codes")
struct SSPActivationCodeTests {
    @Test(
        "Well-formed codes parse and print back",
        arguments: [
            "SSP:1$spbm.example.com$8GZ2-K4PQ-7TX1",
            "SSP:1$spbm.example.com$",
            "SSP:1$spbm.example.com$ORDER-1$0001",
            "SSP:1$spbm.example.com$ORDER-1$0001$2.999.3103.4.1",
            "SSP:1$localhost:8443$ORDER-1",
            "SSP:1$spbm.lab.example.org:9443$A$ABCDEF0123456789ABCDEF0123456789$1.3.6.1.4.1.99999.4.1",
        ])
    func wellFormed(text: String) throws {
        let code = try SSPActivationCode(text)
        #expect(code.qrCodeText == text)
        #expect(try SSPActivationCode(code.text) == code)
    }

    @Test("Fields are read as documented")
    func fields() throws {
        let code = try SSPActivationCode("SSP:1$spbm.example.com$ORDER-1$0001$2.999.3103.4.1")
        #expect(code.spbmAddress == "spbm.example.com")
        #expect(code.matchingID == "ORDER-1")
        #expect(code.familyId == [0x00, 0x01])
        #expect(code.custodianOID == "2.999.3103.4.1")
        #expect(code.spbFamilyId() == (try SpbFamilyId.telecom()))
        let noCustodian = try SSPActivationCode("SSP:1$spbm.example.com$ORDER-1$00AB")
        let custodian = try SPBObjectIdentifiers.telecomCustodian(root: [1, 3, 6, 1, 4, 1, 99999])
        #expect(noCustodian.spbFamilyId(defaultCustodian: custodian)?.custodianOid == custodian)
        #expect(try SSPActivationCode("SSP:1$spbm.example.com$").spbFamilyId() == nil)
        let built = try SSPActivationCode(
            spbmAddress: "spbm.example.com", matchingID: "X", family: SpbFamilyId.telecom())
        #expect(built.qrCodeText == "SSP:1$spbm.example.com$X$0001$2.999.3103.4.1")
        #expect(built.description == built.qrCodeText)
    }

    @Test(
        "Malformed codes are refused with the reason",
        arguments: [
            ("", SSPActivationCodeRejection.empty),
            ("SSP:", .empty),
            ("ssp:1$spbm.example.com$X", .malformedPrefix("ssp:")),
            ("SSP:1", .missingDelimiter),
            ("SSP:$spbm.example.com$X", .missingFormat),
            ("SSP:2$spbm.example.com$X", .unsupportedFormat("2")),
            ("SSP:1$$X", .emptyAddress),
            ("SSP:1$spbm.example.com", .missingMatchingIDField),
            ("SSP:1$spbm.example.com$X$0001$2.999$extra", .tooManyFields(6)),
            ("SSP:1$spbm.example.com$X$", .emptyTrailingField(.familyId)),
            ("SSP:1$spbm.example.com$X$0001$", .emptyTrailingField(.custodianOID)),
            ("SSP:1$spbm.example.com$X$$2.999.3103.4.1", .custodianWithoutFamily),
            ("SSP:1$spbm.example.com$x-lower", .illegalMatchingIDCharacter("x")),
            ("SSP:1$spbm.example.com$X$001", .invalidFamilyId("001")),
            ("SSP:1$spbm.example.com$X$0G01", .invalidFamilyId("0G01")),
            ("SSP:1$spbm.example.com$X$0001$3.1", .invalidCustodianOID("3.1")),
            ("SSP:1$spbm.example.com$X$0001$1.40.2", .invalidCustodianOID("1.40.2")),
            ("SSP:1$spbm.example.com$X$0001$2.0999", .invalidCustodianOID("2.0999")),
            ("SSP:1$spbm.example.com$X$0001$2", .invalidCustodianOID("2")),
            ("SSP:1$spbm$X", .invalidAddress("spbm", .notFullyQualified)),
            ("SSP:1$spbm..example.com$X", .invalidAddress("spbm..example.com", .emptyLabel)),
            ("SSP:1$spbm.example.com:0$X", .invalidAddress("spbm.example.com:0", .invalidPort("0"))),
            ("SSP:1$192.168.1.1$X", .invalidAddress("192.168.1.1", .numericTopLevelLabel)),
            ("SSP:1$spbm_1.example.com$X", .invalidAddress("spbm_1.example.com", .illegalCharacter("_"))),
        ])
    func malformed(text: String, expected: SSPActivationCodeRejection) {
        #expect(throws: expected) { try SSPActivationCode(text) }
        #expect(!expected.description.isEmpty)
    }

    @Test("Overlong fields are refused")
    func overlong() {
        let matching = String(repeating: "A", count: 256)
        #expect(throws: SSPActivationCodeRejection.tooLong(.matchingID, length: 256, limit: 255)) {
            try SSPActivationCode("SSP:1$spbm.example.com$\(matching)")
        }
        let oid = "2." + Array(repeating: "1", count: 130).joined(separator: ".")
        #expect(throws: SSPActivationCodeRejection.self) { try SSPActivationCode("SSP:1$spbm.example.com$A$01$\(oid)") }
        let label = String(repeating: "a", count: 250)
        #expect(throws: SSPActivationCodeRejection.self) { try SSPActivationCode("SSP:1$\(label).example.com$A") }
        #expect(throws: SSPActivationCodeRejection.self) {
            try SSPActivationCode(spbmAddress: "spbm.example.com", familyId: [UInt8](repeating: 0, count: 17))
        }
    }

    @Test("The LBA's one entry point tells SSP codes from SGP.22 codes")
    func anyCode() throws {
        guard case .telecomBundle(let ssp) = try AnyActivationCode("SSP:1$spbm.example.com$ORDER-1") else {
            Issue.record("an SSP: code was not read as a Telecom Bundle code"); return
        }
        #expect(ssp.spbmAddress == "spbm.example.com")
        guard case .profile(let lpa) = try AnyActivationCode("LPA:1$smdp.example.com$ABC") else {
            Issue.record("an LPA: code was not read as a Profile code"); return
        }
        #expect(lpa.smdpAddress == "smdp.example.com")
        guard case .profile = try AnyActivationCode("  1$smdp.example.com$ABC\n") else {
            Issue.record("a bare code was not read as SGP.22"); return
        }
        #expect(try AnyActivationCode("SSP:1$spbm.example.com$A").description == "SSP:1$spbm.example.com$A")
        #expect(throws: AnyActivationCodeRejection.ssp(.missingMatchingIDField)) {
            try AnyActivationCode("SSP:1$spbm.example.com")
        }
        #expect(throws: AnyActivationCodeRejection.ssp(.malformedPrefix("Ssp:"))) {
            try AnyActivationCode("Ssp:1$spbm.example.com$A")
        }
        #expect(throws: AnyActivationCodeRejection.self) { try AnyActivationCode("LPA:2$smdp.example.com$A") }
        #expect(throws: AnyActivationCodeRejection.self) { try AnyActivationCode("") }
    }
}
