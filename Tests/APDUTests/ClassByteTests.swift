import Testing

@testable import APDU

@Suite("Class byte")
struct ClassByteTests {
    @Test("First interindustry and its proprietary mirror carry channels 0-3")
    func firstInterindustry() throws {
        for channel in 0...3 {
            let plain = try #require(ClassByte(rawValue: UInt8(channel)))
            #expect(plain.kind == .interindustry && plain.logicalChannel == channel)
            #expect(!plain.isChained && !plain.hasSecureMessaging)
            let proprietary = try #require(ClassByte(rawValue: 0x80 | UInt8(channel)))
            #expect(proprietary.kind == .proprietary && proprietary.logicalChannel == channel)
        }
        #expect(ClassByte(rawValue: 0x10)?.isChained == true)
        #expect(ClassByte(rawValue: 0x0C)?.hasSecureMessaging == true)
        #expect(ClassByte(rawValue: 0x84)?.hasSecureMessaging == true)
    }

    @Test("Further interindustry and its proprietary mirror carry channels 4-19")
    func furtherInterindustry() throws {
        for channel in 4...19 {
            let raw = 0x40 | UInt8(channel - 4)
            let plain = try #require(ClassByte(rawValue: raw))
            #expect(plain.kind == .interindustry && plain.logicalChannel == channel)
            let proprietary = try #require(ClassByte(rawValue: 0x80 | raw))
            #expect(proprietary.kind == .proprietary && proprietary.logicalChannel == channel)
            #expect(ClassByte(channel: channel, kind: .proprietary)?.rawValue == 0xC0 | UInt8(channel - 4))
            #expect(ClassByte(channel: channel, kind: .interindustry)?.rawValue == raw)
        }
        #expect(ClassByte(rawValue: 0x60)?.hasSecureMessaging == true)
        #expect(ClassByte(rawValue: 0x50)?.isChained == true)
        #expect(ClassByte(rawValue: 0xE3)?.logicalChannel == 7)
    }

    @Test("Encoding channels 0-3 and refusing channels past 19")
    func encoding() {
        #expect(ClassByte(channel: 0, kind: .proprietary)?.rawValue == 0x80)
        #expect(ClassByte(channel: 3, kind: .interindustry)?.rawValue == 0x03)
        #expect(ClassByte(channel: 20, kind: .interindustry) == nil)
        #expect(ClassByte(channel: -1, kind: .proprietary) == nil)
    }

    @Test("Reserved classes and FF are refused", arguments: [0x20, 0x3F, 0xA0, 0xBF, 0xFF] as [UInt8])
    func reserved(_ raw: UInt8) {
        #expect(ClassByte(rawValue: raw) == nil)
    }

    @Test("Every byte decodes without trapping, and plain classes round-trip")
    func exhaustive() {
        for raw in UInt8.min...UInt8.max {
            guard let cla = ClassByte(rawValue: raw) else { continue }
            #expect((0...19).contains(cla.logicalChannel))
            if !cla.isChained && !cla.hasSecureMessaging {
                #expect(ClassByte(channel: cla.logicalChannel, kind: cla.kind)?.rawValue == raw)
            }
        }
    }
}
