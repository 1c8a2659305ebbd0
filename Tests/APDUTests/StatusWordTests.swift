import Testing

@testable import APDU

@Suite("Status words")
struct StatusWordTests {
    @Test("Named constants carry the ISO/IEC 7816-4 values")
    func constants() {
        let expected: [(StatusWord, UInt16)] = [
            (.success, 0x9000), (.wrongLength, 0x6700), (.logicalChannelNotSupported, 0x6881),
            (.secureMessagingNotSupported, 0x6882), (.commandChainingNotSupported, 0x6884),
            (.securityStatusNotSatisfied, 0x6982), (.conditionsNotSatisfied, 0x6985), (.wrongData, 0x6A80),
            (.functionNotSupported, 0x6A81), (.fileOrApplicationNotFound, 0x6A82), (.notEnoughMemory, 0x6A84),
            (.incorrectP1P2, 0x6A86), (.referencedDataNotFound, 0x6A88), (.wrongP1P2, 0x6B00),
            (.instructionNotSupported, 0x6D00), (.classNotSupported, 0x6E00), (.noPreciseDiagnosis, 0x6F00),
        ]
        for (statusWord, value) in expected {
            #expect(statusWord.value == value)
            #expect(statusWord.bytes == [UInt8(value >> 8), UInt8(value & 0xFF)])
            #expect(statusWord.meaning != nil)
        }
    }

    @Test("61xx and 6Cxx encode 256 as 00 and decode it back")
    func lengths() {
        #expect(StatusWord.responseBytesAvailable(3000) == StatusWord(0x6100))
        #expect(StatusWord.responseBytesAvailable(256) == StatusWord(0x6100))
        #expect(StatusWord.responseBytesAvailable(184) == StatusWord(0x61B8))
        #expect(StatusWord(0x6100).announcedLength == 256)
        #expect(StatusWord(0x61B8).announcedLength == 184)
        #expect(StatusWord.wrongLe(exactLength: 16) == StatusWord(0x6C10))
        #expect(StatusWord(0x6C10).isWrongLe && StatusWord(0x6C10).announcedLength == 16)
        #expect(StatusWord.success.announcedLength == nil)
        #expect(StatusWord(0x61B8).isResponseBytesAvailable && !StatusWord.success.isResponseBytesAvailable)
    }

    @Test("Descriptions show four hex digits and the meaning")
    func descriptions() {
        #expect(StatusWord.fileOrApplicationNotFound.description == "6A82 (file or application not found)")
        #expect(StatusWord(0x0123).description == "0123")
        #expect(StatusWord(0x6110).description == "6110 (16 response bytes available)")
    }
}
