import Foundation
import SGP22
import SPB
import SwiftASN1
import Testing

@Suite("Identities and common types")
struct CommonTypesTests {
    @Test("SpbId round-trips and converts to and from a UUID")
    func spbId() throws {
        let uuid = UUID()
        let id = SpbId(uuid)
        #expect(id.uuid == uuid)
        #expect(SpbId(uuidString: uuid.uuidString) == id)
        #expect(SpbId(uuidString: "not-a-uuid") == nil)
        try SPBTestSupport.roundTrip(id)
        #expect(throws: (any Error).self) { try SpbId(bytes: [1, 2, 3]) }
        #expect(throws: (any Error).self) { try SpbId(derBytes: [0x04, 0x02, 0x01, 0x02]) }
    }

    @Test("Primary Platform identifiers: 8 groups of 4, digits and capitals")
    func platformId() throws {
        let id = try PrimaryPlatformId("55aa-0f3c-9d21-7b40-e6a8-1c5f-3b92-d074")
        #expect(id.value == "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D074")
        #expect(id.makerCode == "55AA")
        #expect(id.bytes.count == 39)
        try SPBTestSupport.roundTrip(id)
        for bad in [
            "", "55AA", "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92", "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D074-0000",
            "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D07", "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D0745",
            "55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D07!", "55AA_0F3C_9D21_7B40_E6A8_1C5F_3B92_D074",
            "55ÄA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D074",
        ] {
            #expect(throws: (any Error).self, "\(bad)") { try PrimaryPlatformId(bad) }
        }
        // On the wire only the canonical upper-case form is accepted.
        var serializer = DER.Serializer()
        try serializer.serializeUTF8String("55aa-0f3c-9d21-7b40-e6a8-1c5f-3b92-d074")
        #expect(throws: (any Error).self) { try PrimaryPlatformId(derBytes: serializer.serializedBytes) }
    }

    @Test("SpbFamilyId matches the asn1tools encoding and prints its OID correctly")
    func familyId() throws {
        let family = try SpbFamilyId.telecom()
        #expect(try family.derBytes() == SPBTestSupport.hex("300c8002000181068837981f0401"))
        #expect(family.description == "0001@2.999.3103.4.1")
        #expect(family.custodianDotted == "2.999.3103.4.1")
        try SPBTestSupport.roundTrip(family)
        #expect(throws: (any Error).self) { try SpbFamilyId(familyId: [], custodianOid: [2, 999]) }
        #expect(throws: (any Error).self) {
            try SpbFamilyId(familyId: [UInt8](repeating: 1, count: 17), custodianOid: [2, 999])
        }
        let custom = try SpbFamilyId.telecom(
            familyId: [0xAB], custodian: try SPBObjectIdentifiers.telecomCustodian(root: [1, 3, 6, 1, 4, 1, 99999]))
        #expect(custom.description == "AB@1.3.6.1.4.1.99999.4.1")
    }

    @Test("The project OIDs sit under 2.999.3103")
    func objectIdentifiers() throws {
        #expect(try SPBObjectIdentifiers.si2Si3ModuleV1() == SPBObjectIdentifiers.si2Si3ModuleV1)
        #expect(try SPBObjectIdentifiers.telecomCustodian() == SPBObjectIdentifiers.defaultTelecomCustodian)
        #expect(try SPBObjectIdentifiers.si2Si3ModuleV1.derBytes() == SPBTestSupport.hex("06068837981f0301"))
        #expect(SSPSi2Si3Module.objectIdentifier == SPBObjectIdentifiers.si2Si3ModuleV1)
        #expect(SSPSi2Si3Module.isCompatible(VersionType(major: 1, minor: 4, revision: 2)))
        #expect(!SSPSi2Si3Module.isCompatible(VersionType(major: 2, minor: 0)))
    }

    @Test("Named integers keep unknown codes", arguments: [0, 1, 2, 3, 5, 127, 300])
    func namedIntegers(code: Int) throws {
        #expect(TelecomBundleClass(code: code).code == code)
        #expect(SpbState(code: code).code == code)
        #expect(SpblErrorReason(code: code).code == code)
        #expect(SpbFallbackReason(code: code).code == code)
        #expect(SpbStateChangeOperation(code: code).code == code)
        #expect(CancelSpbSessionReason(code: code).code == code)
        try SPBTestSupport.roundTrip(TelecomBundleClass(code: code))
    }

    @Test("Every Si3 error reason has its own code and a sentence")
    func errorReasons() {
        let codes = SpblErrorReason.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        for reason in SpblErrorReason.allCases {
            #expect(reason.description.hasSuffix("."))
        }
        #expect(SpblErrorReason(code: 99).description.contains("99"))
    }

    @Test("State change operations follow the bundle state machine")
    func stateMachine() {
        #expect(SpbStateChangeOperation.enable.isAllowed(from: .disabled))
        #expect(!SpbStateChangeOperation.enable.isAllowed(from: .active))
        #expect(SpbStateChangeOperation.activate.isAllowed(from: .enabled))
        #expect(!SpbStateChangeOperation.activate.isAllowed(from: .disabled))
        #expect(SpbStateChangeOperation.deactivate.resultingState == .enabled)
        #expect(SpbStateChangeOperation.delete.isAllowed(from: .enabled))
        #expect(!SpbStateChangeOperation.delete.isAllowed(from: .active))
        #expect(!SpbStateChangeOperation.other(9).isAllowed(from: .enabled))
        #expect(SpbStateChangeOperation.other(9).resultingState == nil)
    }

    @Test("PLMN identities in TS 24.008 coding")
    func plmn() throws {
        let two = try Plmn(mcc: "001", mnc: "01")
        #expect(two.bytes == [0x00, 0xF1, 0x10])
        let three = try Plmn(mcc: "310", mnc: "410")
        #expect(three.bytes == [0x13, 0x00, 0x14])
        #expect(try Plmn(bytes: three.bytes) == three)
        #expect(try Plmn(bytes: [0x62, 0xF2, 0x10]).description == "262-01")
        try SPBTestSupport.roundTrip(two)
        #expect(throws: (any Error).self) { try Plmn(mcc: "01", mnc: "01") }
        #expect(throws: (any Error).self) { try Plmn(mcc: "001", mnc: "1") }
        #expect(throws: (any Error).self) { try Plmn(mcc: "0a1", mnc: "01") }
        #expect(throws: (any Error).self) { try Plmn(bytes: [0xAB, 0xF1, 0x10]) }
        #expect(throws: (any Error).self) { try Plmn(bytes: [0x00, 0xF1]) }
    }

    @Test("Challenges are 16 fresh random bytes")
    func challenges() {
        let first = SpbChallenge.generate()
        #expect(first.count == 16)
        #expect(first != SpbChallenge.generate())
        #expect(SpbChallenge.randomBytes(-1).isEmpty)
    }
}
