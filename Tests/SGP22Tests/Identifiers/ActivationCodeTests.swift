import Testing

@testable import SGP22

@Suite("ActivationCode")
struct ActivationCodeTests {
    /// The examples of SGP.22 section 4.1.
    static let specificationExamples = [
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815",
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$$1",
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1",
        "1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746",
        "1$SMDP.EXAMPLE.COM$$1.3.6.1.4.1.31746",
    ]

    @Test(
        "the SGP.22 examples parse, with and without LPA:, and format back identically",
        arguments: specificationExamples)
    func specificationExample(text: String) throws {
        let code = try ActivationCode(text)
        #expect(code.text == text)
        #expect(code.qrCodeText == "LPA:" + text)
        #expect(code.description == "LPA:" + text)
        #expect(try ActivationCode("LPA:" + text) == code)
        #expect(try ActivationCode(code.text) == code)
        #expect(try ActivationCode(code.qrCodeText) == code)
    }

    @Test("fields are read as SGP.22 defines them")
    func fields() throws {
        let full = try ActivationCode("LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1")
        #expect(full.smdpAddress == "SMDP.EXAMPLE.COM")
        #expect(full.matchingID == "04386-AGYFT-A74Y8-3F815")
        #expect(full.smdpOID == "1.3.6.1.4.1.31746")
        #expect(full.smdpObjectIdentifier?.description == "1.3.6.1.4.1.31746")
        #expect(full.confirmationCodeRequired)

        let flagOnly = try ActivationCode("1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$$1")
        #expect(flagOnly.smdpOID == nil)
        #expect(flagOnly.confirmationCodeRequired)

        let emptyToken = try ActivationCode("1$testsmdpplus1.example.com$")
        #expect(emptyToken.matchingID.isEmpty)
        #expect(emptyToken.smdpAddress == "testsmdpplus1.example.com")
        #expect(emptyToken.text == "1$testsmdpplus1.example.com$")
    }

    @Test("a lab address with a port, or localhost, is accepted and kept as written")
    func labAddresses() throws {
        let withPort = try ActivationCode("LPA:1$smdp.lab.example:8443$ABC-1")
        #expect(withPort.smdpAddress == "smdp.lab.example:8443")
        #expect(withPort.qrCodeText == "LPA:1$smdp.lab.example:8443$ABC-1")
        let local = try ActivationCode("1$localhost:9443$ABC")
        #expect(local.smdpAddress == "localhost:9443")
        #expect(try ActivationCode("1$LOCALHOST$ABC").smdpAddress == "LOCALHOST")
    }

    @Test("parse(format(x)) == x over combinations of fields")
    func roundTrip() throws {
        for address in ["SMDP.EXAMPLE.COM", "testsmdpplus1.example.com", "a.b", "x-1.y-2.example"] {
            for matchingID in ["", "04386-AGYFT-A74Y8-3F815", "A", "-"] {
                for oid in [nil, "2.999", "1.3.6.1.4.1.31746", "0.39"] as [String?] {
                    for flag in [false, true] {
                        let code = try ActivationCode(
                            smdpAddress: address, matchingID: matchingID, smdpOID: oid, confirmationCodeRequired: flag)
                        #expect(try ActivationCode(code.text) == code)
                        #expect(try ActivationCode(code.qrCodeText) == code)
                    }
                }
            }
        }
    }

    static let rejections: [(String, ActivationCodeRejection)] = [
        ("", .empty),
        ("LPA:", .empty),
        ("lpa:1$SMDP.EXAMPLE.COM$ABC", .malformedPrefix("lpa:")),
        ("Lpa:1$SMDP.EXAMPLE.COM$ABC", .malformedPrefix("Lpa:")),
        ("xyz14390lojij", .missingDelimiter),
        ("1", .missingDelimiter),
        ("$SMDP.EXAMPLE.COM$ABC", .missingFormat),
        ("2$SMDP.EXAMPLE.COM$ABC", .unsupportedFormat("2")),
        ("01$SMDP.EXAMPLE.COM$ABC", .unsupportedFormat("01")),
        ("LPA:LPA:1$SMDP.EXAMPLE.COM$ABC", .unsupportedFormat("LPA:1")),
        ("1$", .emptyAddress),
        ("1$$ABC", .emptyAddress),
        ("LPA:1$$$$$$$$$$$$$$$$$$$", .tooManyFields(20)),
        ("1$SMDP.EXAMPLE.COM", .missingMatchingIDField),
        ("1$SMDP.EXAMPLE.COM$ABC$1.2.3$1$X", .tooManyFields(6)),
        ("1$SMDP.EXAMPLE.COM$ABC$", .emptyTrailingField(.smdpOID)),
        ("1$SMDP.EXAMPLE.COM$ABC$$", .emptyTrailingField(.confirmationCodeRequiredFlag)),
        ("1$SMDP.EXAMPLE.COM$ABC$1.2.3$", .emptyTrailingField(.confirmationCodeRequiredFlag)),
        ("1$SMDP.EXAMPLE.COM$ABC$1.2.3$0", .invalidConfirmationCodeRequiredFlag("0")),
        ("1$SMDP.EXAMPLE.COM$ABC$$true", .invalidConfirmationCodeRequiredFlag("true")),
        ("1$SMDP.EXAMPLE.COM$ABC$1.3.6.1.4.1.31746$11", .invalidConfirmationCodeRequiredFlag("11")),
        ("1$SMDP.EXAMPLE.COM$abc", .illegalMatchingIDCharacter("a")),
        ("1$SMDP.EXAMPLE.COM$AB C", .illegalMatchingIDCharacter(" ")),
        ("1$SMDP.EXAMPLE.COM$AB_C", .illegalMatchingIDCharacter("_")),
        ("1$SMDP.EXAMPLE.COM$ÄBC", .illegalMatchingIDCharacter("Ä")),
        ("1$SMDP.EXAMPLE.COM$ABC$1", .invalidOID("1")),
        ("1$SMDP.EXAMPLE.COM$ABC$1..3", .invalidOID("1..3")),
        ("1$SMDP.EXAMPLE.COM$ABC$1.03", .invalidOID("1.03")),
        ("1$SMDP.EXAMPLE.COM$ABC$3.1", .invalidOID("3.1")),
        ("1$SMDP.EXAMPLE.COM$ABC$1.40", .invalidOID("1.40")),
        ("1$SMDP.EXAMPLE.COM$ABC$1.3.x", .invalidOID("1.3.x")),
        ("1$SMDP.EXAMPLE.COM$ABC$1.3.99999999999999999999999", .invalidOID("1.3.99999999999999999999999")),
        ("1$smdp$ABC", .invalidAddress("smdp", .notFullyQualified)),
        ("1$localhost.$ABC", .invalidAddress("localhost.", .emptyLabel)),
        ("1$smdp.example.com:0$ABC", .invalidAddress("smdp.example.com:0", .invalidPort("0"))),
        ("1$smdp.example.com:65536$ABC", .invalidAddress("smdp.example.com:65536", .invalidPort("65536"))),
        ("1$smdp.example.com:$ABC", .invalidAddress("smdp.example.com:", .invalidPort(""))),
        ("1$smdp.example.com:8x$ABC", .invalidAddress("smdp.example.com:8x", .invalidPort("8x"))),
        ("1$smdp:80.example.com$ABC", .invalidAddress("smdp:80.example.com", .invalidPort("80.example.com"))),
        ("1$192.168.1.1$ABC", .invalidAddress("192.168.1.1", .numericTopLevelLabel)),
        ("1$https://smdp.example.com$ABC", .invalidAddress("https://smdp.example.com", .invalidPort("//smdp.example.com"))),
        ("1$smdp..example.com$ABC", .invalidAddress("smdp..example.com", .emptyLabel)),
        ("1$.example.com$ABC", .invalidAddress(".example.com", .emptyLabel)),
        ("1$example.com.$ABC", .invalidAddress("example.com.", .emptyLabel)),
        ("1$-smdp.example.com$ABC", .invalidAddress("-smdp.example.com", .hyphenAtLabelEdge("-smdp"))),
        ("1$smdp-.example.com$ABC", .invalidAddress("smdp-.example.com", .hyphenAtLabelEdge("smdp-"))),
        ("1$smdp example.com$ABC", .invalidAddress("smdp example.com", .illegalCharacter(" "))),
        ("1$smdp.exämple.com$ABC", .invalidAddress("smdp.exämple.com", .illegalCharacter("ä"))),
    ]

    @Test("every malformed form is rejected with its reason", arguments: rejections)
    func rejected(text: String, reason: ActivationCodeRejection) {
        #expect(throws: reason) { try ActivationCode(text) }
        #expect(!reason.description.isEmpty)
        #expect(reason.description.hasSuffix("."))
    }

    @Test("overlong fields are rejected")
    func overlong() {
        let longLabel = String(repeating: "a", count: 64)
        #expect(throws: ActivationCodeRejection.invalidAddress("\(longLabel).com", .labelTooLong(longLabel))) {
            try ActivationCode("1$\(longLabel).com$ABC")
        }
        let longAddress = Array(repeating: String(repeating: "b", count: 60), count: 5).joined(separator: ".")
        #expect(throws: ActivationCodeRejection.tooLong(.smdpAddress, length: 304, limit: 253)) {
            try ActivationCode("1$\(longAddress)$ABC")
        }
        let longID = String(repeating: "A", count: 256)
        #expect(throws: ActivationCodeRejection.tooLong(.matchingID, length: 256, limit: 255)) {
            try ActivationCode("1$SMDP.EXAMPLE.COM$\(longID)")
        }
        #expect((try? ActivationCode("1$SMDP.EXAMPLE.COM$\(longID.dropLast())")) != nil)
        let longOID = "1.3" + String(repeating: ".1", count: 130)
        #expect(throws: ActivationCodeRejection.tooLong(.smdpOID, length: longOID.count, limit: 255)) {
            try ActivationCode("1$SMDP.EXAMPLE.COM$ABC$\(longOID)")
        }
    }

    @Test("the field initialiser checks like the parser")
    func fieldInitialiser() {
        #expect(throws: ActivationCodeRejection.emptyAddress) { try ActivationCode(smdpAddress: "") }
        #expect(throws: ActivationCodeRejection.illegalMatchingIDCharacter("$")) {
            try ActivationCode(smdpAddress: "a.example", matchingID: "A$B")
        }
        #expect(throws: ActivationCodeRejection.invalidOID("")) {
            try ActivationCode(smdpAddress: "a.example", smdpOID: "")
        }
        #expect(throws: ActivationCodeRejection.invalidAddress("a$b.example", .illegalCharacter("$"))) {
            try ActivationCode(smdpAddress: "a$b.example")
        }
    }

    @Test("hostile input never crashes")
    func hostile() {
        let inputs = [
            String(repeating: "$", count: 100_000),
            "1$" + String(repeating: "a.", count: 50_000) + "com$X",
            "1$SMDP.EXAMPLE.COM$" + String(repeating: "A", count: 1_000_000),
            "1$\u{0}.com$\u{0}",
            "LPA:1$SMDP.EXAMPLE.COM$\u{1F600}",
            "1$SMDP.EXAMPLE.COM$ABC$" + String(repeating: "9", count: 10_000) + ".1",
        ]
        for input in inputs {
            #expect(throws: ActivationCodeRejection.self) { try ActivationCode(input) }
        }
    }
}
