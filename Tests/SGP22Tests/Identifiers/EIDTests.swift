import Testing

@testable import SGP22

@Suite("EID")
struct EIDTests {
    /// The EID of the GSMA SGP.26 test eUICC.
    static let sgp26EID = "89049032123451234512345678901235"

    @Test("the SGP.26 test EID is valid and its check digits are recomputed")
    func sgp26() throws {
        let eid = try EID(Self.sgp26EID)
        #expect(eid.description == Self.sgp26EID)
        #expect(eid.hasValidCheckDigits)
        #expect(try EID.make(prefix30: String(Self.sgp26EID.prefix(30))) == eid)
    }

    @Test("the 16-byte GetEID form")
    func bcdForm() throws {
        let eid = try EID(Self.sgp26EID)
        let bytes: [UInt8] = [
            0x89, 0x04, 0x90, 0x32, 0x12, 0x34, 0x51, 0x23, 0x45, 0x12, 0x34, 0x56, 0x78, 0x90, 0x12, 0x35,
        ]
        #expect(eid.bcd == bytes)
        #expect(try EID(bcd: bytes) == eid)
        #expect(try EID(bcd: bytes, validation: .strict) == eid)
        for length in 0..<bytes.count {
            #expect(throws: IdentifierError.wrongByteCount(.eid, found: length, expected: 16)) {
                try EID(bcd: bytes.prefix(length))
            }
        }
        var padded = bytes
        padded[15] = 0x3F
        #expect(throws: IdentifierError.wrongDigitCount(.eid, found: 31, allowed: 32...32)) { try EID(bcd: padded) }
        var hex = bytes
        hex[0] = 0x8A
        #expect(throws: IdentifierError.invalidNibble(.eid, nibble: 0xA, byteIndex: 0)) { try EID(bcd: hex) }
    }

    @Test("made EIDs are valid and any single changed digit is detected")
    func madeEIDs() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let body = "89" + String((0..<28).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let eid = try EID.make(prefix30: body)
            #expect(eid.digits.hasPrefix(body))
            #expect(try EID(eid.digits) == eid)
            let position = Int.random(in: 2..<32, using: &generator)
            var digits = Array(eid.digits)
            let old = digits[position].wholeNumberValue ?? 0
            digits[position] = Character(String((old + Int.random(in: 1...9, using: &generator)) % 10))
            #expect(throws: IdentifierError.self) { try EID(String(digits)) }
        }
    }

    @Test("strict parsing rejects each mistake with its reason")
    func rejections() throws {
        #expect(throws: IdentifierError.empty(.eid)) { try EID("") }
        #expect(throws: IdentifierError.checkDigitMismatch(.eid, expected: "35", found: "36")) {
            try EID("89049032123451234512345678901236")
        }
        #expect(throws: IdentifierError.wrongDigitCount(.eid, found: 31, allowed: 32...32)) {
            try EID(String(Self.sgp26EID.dropLast()))
        }
        #expect(throws: IdentifierError.wrongDigitCount(.eid, found: 33, allowed: 32...32)) {
            try EID(Self.sgp26EID + "0")
        }
        #expect(throws: IdentifierError.nonDigit(.eid, character: "A", position: 31)) {
            try EID("8904903212345123451234567890123A")
        }
        let otherPrefix = "12" + Self.sgp26EID.dropFirst(2)
        #expect(throws: IdentifierError.wrongPrefix(.eid, found: "12", expected: "89")) { try EID(otherPrefix) }
        #expect(try EID(otherPrefix, validation: .lenient).digits == otherPrefix)
        #expect(try EID("89049032123451234512345678901236", validation: .lenient).hasValidCheckDigits == false)
        #expect(throws: IdentifierError.wrongDigitCount(.eid, found: 29, allowed: 30...30)) {
            try EID.make(prefix30: "89049032123451234512345678901")
        }
        #expect(throws: IdentifierError.wrongPrefix(.eid, found: "11", expected: "89")) {
            try EID.make(prefix30: "110490321234512345123456789012")
        }
    }
}
