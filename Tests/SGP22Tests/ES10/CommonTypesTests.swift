import SwiftASN1
import Testing

@testable import SGP22

@Suite("SGP.22 basic types")
struct CommonTypesTests {
    typealias Support = ES10TestSupport

    @Test("VersionType carries major, minor and revision in three octets")
    func versionType() throws {
        let version = try VersionType(derBytes: Support.hex("04 03 02 02 00"))
        #expect(version == VersionType(major: 2, minor: 2, revision: 0))
        #expect(version.description == "2.2.0")
        #expect(try version.derBytes() == Support.hex("04 03 02 02 00"))
        #expect(VersionType(major: 2, minor: 1) < VersionType(major: 2, minor: 2))
        #expect(throws: ASN1Error.self) { try VersionType(derBytes: Support.hex("04 02 02 02")) }
        #expect(throws: ASN1Error.self) { try VersionType(derBytes: Support.hex("04 04 02 02 00 00")) }
    }

    @Test("Iccid is exactly ten octets under tag 5A")
    func iccid() throws {
        let encoded = Support.tlv([0x5A], Support.iccidBytes)
        let iccid = try Iccid(derBytes: encoded)
        #expect(iccid.bytes == Support.iccidBytes)
        #expect(iccid.description == "98001032547698103214")
        #expect(try iccid.derBytes() == encoded)
        let nineBytes = Support.tlv([0x5A], Array(Support.iccidBytes.prefix(9)))
        #expect(throws: ASN1Error.self) { try Iccid(derBytes: nineBytes) }
        #expect(throws: ASN1Error.self) { try Iccid(derBytes: Support.tlv([0x5A], Support.iccidBytes + [0xFF])) }
        #expect(throws: ASN1Error.self) { try Iccid(derBytes: Support.tlv([0x04], Support.iccidBytes)) }
        #expect(throws: ASN1Error.self) { try Iccid(bytes: [0x98]) }
    }

    @Test("TransactionId holds one to sixteen octets")
    func transactionId() throws {
        let id = try TransactionId(bytes: [0x01, 0x02])
        #expect(id.description == "0102")
        #expect(try TransactionId(derBytes: id.derBytes()) == id)
        #expect(throws: ASN1Error.self) { try TransactionId(bytes: []) }
        #expect(throws: ASN1Error.self) { try TransactionId(bytes: Array(repeating: 0, count: 17)) }
        #expect(throws: ASN1Error.self) {
            try TransactionId(derBytes: Support.tlv([0x04], Array(repeating: 0, count: 17)))
        }
    }

    @Test("Named bit lists encode as DER: trailing zero bits dropped")
    func namedBitList() throws {
        #expect(try NotificationEvent.notificationInstall.derBytes() == Support.hex("03 02 07 80"))
        #expect(try NotificationEvent.notificationEnable.derBytes() == Support.hex("03 02 06 40"))
        #expect(try PprIds([.pprUpdateControl, .ppr1]).derBytes() == Support.hex("03 02 06 C0"))
        #expect(try PprIds().derBytes() == Support.hex("03 01 00"))
        #expect(try UICCCapability.usatAppPairing.derBytes() == Support.hex("03 06 00 00 00 00 00 01"))
        let decoded = try UICCCapability(derBytes: Support.hex("03 04 06 7F 36 C0"))
        #expect(decoded.contains(.usimSupport) && decoded.contains(.multipleIsimSupport))
        #expect(!decoded.contains(.contactlessSupport) && !decoded.contains(.multipleCsimSupport))
        // A longer string than the names cover still decodes; a bad padding count does not.
        #expect(try PprIds(derBytes: Support.hex("03 03 00 40 00")) == .ppr1)
        #expect(throws: ASN1Error.self) { try PprIds(derBytes: Support.hex("03 02 08 40")) }
        #expect(throws: ASN1Error.self) { try PprIds(derBytes: Support.hex("03 02 07 41")) }
        #expect(throws: ASN1Error.self) { try PprIds(derBytes: Support.hex("03 00")) }
    }

    @Test("Named integers keep unknown codes instead of failing")
    func namedInteger() throws {
        #expect(try ProfileClass(derBytes: Support.hex("02 01 02")) == .operational)
        #expect(try ProfileClass(derBytes: Support.hex("02 01 05")) == .other(5))
        #expect(try ProfileClass.other(5).derBytes() == Support.hex("02 01 05"))
        #expect(CancelSessionReason(code: 30) == .operationAbandoned)
        #expect(CancelSessionReason.undefinedReason.code == 127)
        #expect(CancelSessionReason(code: 26) == .other(26))
        #expect(throws: ASN1Error.self) {
            try ProfileClass(derBytes: Support.hex("02 09 01 00 00 00 00 00 00 00 00"))
        }
        #expect(throws: ASN1Error.self) { try ProfileClass(derBytes: Support.hex("02 02 00 01")) }
    }

    @Test("Every CancelSessionReason code maps back to itself")
    func cancelSessionReasonCodes() {
        for code in [0, 1, 2, 3, 4, 5, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 127] {
            let reason = CancelSessionReason(code: code)
            #expect(reason.code == code)
            #expect(reason != .other(code))
        }
    }
}
