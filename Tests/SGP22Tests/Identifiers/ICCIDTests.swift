import Testing

@testable import SGP22

@Suite("ICCID")
struct ICCIDTests {
    /// The ICCIDs of the GSMA TS.48 test profiles in shared/data/ts48, all with valid Luhn digits.
    static let ts48ICCIDs = [
        "8949449999999990023", "8949449999999990031", "8949449999999990049", "8949449999999990007",
        "8949449999999990056", "8949449999999990015", "8949449999999990064", "8949449999999990072",
        "8949449999999990080", "8949449999999990098", "8949449999999990106", "8949449999999990114",
        "8949449999999990122", "8949449999999990130", "8949449999999990148", "8949449999999990155",
        "8949449999999990163", "8949449999999990171",
    ]

    @Test("TS.48 ICCIDs parse strictly", arguments: ts48ICCIDs)
    func ts48ICCIDParsesStrictly(text: String) throws {
        let iccid = try ICCID(text)
        #expect(iccid.digits == text)
        #expect(iccid.description == text)
        #expect(iccid.hasValidCheckDigit)
    }

    @Test("the EF.ICCID and ProfileHeader byte forms of TS48V1-A")
    func byteForms() throws {
        let iccid = try ICCID("8949449999999990023")
        // EF.ICCID content in TS48V1-A-UNIQUE.der: nibble-swapped, F-padded.
        #expect(iccid.swappedBCD == [0x98, 0x94, 0x44, 0x99, 0x99, 0x99, 0x99, 0x09, 0x20, 0xF3])
        // ProfileHeader.iccid in the same file: printed order, F-padded.
        #expect(iccid.bcd == [0x89, 0x49, 0x44, 0x99, 0x99, 0x99, 0x99, 0x90, 0x02, 0x3F])
        #expect(try ICCID(swappedBCD: iccid.swappedBCD) == iccid)
        #expect(try ICCID(bcd: iccid.bcd) == iccid)
        #expect(try ICCID(swappedBCD: iccid.swappedBCD, validation: .strict) == iccid)
    }

    @Test("SGP.22's wire Iccid converts both ways")
    func wireIccid() throws {
        let iccid = try ICCID("8949449999999990023")
        let wire = iccid.wireValue
        #expect(wire.bytes == iccid.swappedBCD)
        #expect(try ICCID(wire) == iccid)
    }

    @Test("make appends the Luhn digit for 17, 18 and 19 digit bodies")
    func makeAppendsLuhn() throws {
        #expect(try ICCID.make(body: "894944999999999002").digits == "8949449999999990023")
        let twenty = try ICCID.make(body: "8988211000000000001")
        #expect(twenty.digits.count == 20)
        #expect(try ICCID(twenty.digits) == twenty)
        #expect(try ICCID(swappedBCD: twenty.swappedBCD, validation: .strict) == twenty)
        let eighteen = try ICCID.make(body: "89011234567890123")
        #expect(eighteen.digits.count == 18)
        #expect(try ICCID(bcd: eighteen.bcd) == eighteen)
        #expect(eighteen.bcd.suffix(1) == [0xFF])
        #expect(throws: IdentifierError.wrongDigitCount(.iccid, found: 16, allowed: 17...19)) {
            try ICCID.make(body: "8901123456789012")
        }
    }

    @Test("every single-digit typing error is caught by the Luhn digit")
    func luhnCatchesSingleDigitErrors() throws {
        let valid = Array("8949449999999990023")
        for position in valid.indices {
            for digit in "0123456789" where digit != valid[position] {
                var typo = valid
                typo[position] = digit
                let text = String(typo)
                if text.hasPrefix("89") {
                    #expect(throws: IdentifierError.self) { try ICCID(text) }
                }
                #expect(try ICCID(text, validation: .lenient).digits == text)
            }
        }
    }

    @Test("strict text parsing rejects each mistake with its reason")
    func strictRejections() {
        #expect(throws: IdentifierError.empty(.iccid)) { try ICCID("") }
        #expect(throws: IdentifierError.checkDigitMismatch(.iccid, expected: "3", found: "4")) {
            try ICCID("8949449999999990024")
        }
        #expect(throws: IdentifierError.wrongPrefix(.iccid, found: "12", expected: "89")) {
            try ICCID("1234567890123456782")
        }
        #expect(throws: IdentifierError.wrongDigitCount(.iccid, found: 17, allowed: 18...20)) {
            try ICCID("89494499999999900")
        }
        #expect(throws: IdentifierError.wrongDigitCount(.iccid, found: 21, allowed: 18...20)) {
            try ICCID("894944999999999002312")
        }
        // F padding belongs to the binary forms only.
        #expect(throws: IdentifierError.nonDigit(.iccid, character: "F", position: 19)) {
            try ICCID("8949449999999990023F")
        }
        #expect(throws: IdentifierError.nonDigit(.iccid, character: " ", position: 4)) {
            try ICCID("8949 449999999990023")
        }
        #expect(throws: IdentifierError.nonDigit(.iccid, character: "٣", position: 0)) {
            try ICCID("٣949449999999990023")
        }
    }

    @Test("lenient parsing keeps a provisioned number with a wrong check digit or prefix")
    func lenientAccepts() throws {
        #expect(try ICCID("8949449999999990024", validation: .lenient).hasValidCheckDigit == false)
        #expect(try ICCID("1234567890123456789", validation: .lenient).digits == "1234567890123456789")
        #expect(throws: IdentifierError.self) { try ICCID("12345", validation: .lenient) }
    }

    @Test("binary decoding rejects bad lengths, nibbles and padding")
    func binaryRejections() {
        let good: [UInt8] = [0x98, 0x94, 0x44, 0x99, 0x99, 0x99, 0x99, 0x09, 0x20, 0xF3]
        for length in 0..<good.count {
            #expect(throws: IdentifierError.wrongByteCount(.iccid, found: length, expected: 10)) {
                try ICCID(swappedBCD: good.prefix(length))
            }
        }
        #expect(throws: IdentifierError.wrongByteCount(.iccid, found: 11, expected: 10)) {
            try ICCID(swappedBCD: good + [0xFF])
        }
        var hex = good
        hex[3] = 0x9A
        #expect(throws: IdentifierError.invalidNibble(.iccid, nibble: 0xA, byteIndex: 3)) {
            try ICCID(swappedBCD: hex)
        }
        var gap = good
        gap[5] = 0xFF
        #expect(throws: IdentifierError.paddingNotAtEnd(.iccid, byteIndex: 6)) { try ICCID(swappedBCD: gap) }
        #expect(throws: IdentifierError.wrongDigitCount(.iccid, found: 0, allowed: 18...20)) {
            try ICCID(swappedBCD: [UInt8](repeating: 0xFF, count: 10))
        }
        var badLuhn = good
        badLuhn[9] = 0xF4
        #expect(throws: IdentifierError.checkDigitMismatch(.iccid, expected: "3", found: "4")) {
            try ICCID(swappedBCD: badLuhn, validation: .strict)
        }
        #expect((try? ICCID(swappedBCD: badLuhn)) != nil)
    }

    @Test("hostile lengths are refused quickly")
    func hostileLengths() {
        let huge = String(repeating: "8", count: 1_000_000)
        #expect(throws: IdentifierError.wrongDigitCount(.iccid, found: 1_000_000, allowed: 18...20)) {
            try ICCID(huge)
        }
        #expect(throws: IdentifierError.wrongDigitCount(.eid, found: 1_000_000, allowed: 32...32)) { try EID(huge) }
        #expect(throws: IdentifierError.self) { try ICCID(String(repeating: "\u{0}", count: 19)) }
        #expect(throws: IdentifierError.wrongByteCount(.iccid, found: 100_000, expected: 10)) {
            try ICCID(bcd: [UInt8](repeating: 0x99, count: 100_000))
        }
    }

    @Test("every error reads as a sentence naming the identifier")
    func errorSentences() {
        let errors: [IdentifierError] = [
            .empty(.iccid), .wrongDigitCount(.iccid, found: 3, allowed: 18...20),
            .nonDigit(.iccid, character: "x", position: 0), .wrongPrefix(.iccid, found: "12", expected: "89"),
            .checkDigitMismatch(.iccid, expected: "3", found: "4"), .wrongByteCount(.iccid, found: 9, expected: 10),
            .invalidNibble(.iccid, nibble: 0xA, byteIndex: 1), .paddingNotAtEnd(.iccid, byteIndex: 2),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("The "))
            #expect(error.description.contains("ICCID"))
            #expect(error.description.hasSuffix("."))
        }
    }
}
