import SwiftASN1
import Testing

@testable import SGP22

@Suite("DeviceInfo")
struct DeviceInfoTests {
    typealias Support = ES10TestSupport

    @Test("DeviceInfo as an LPA sends it: TAC, capabilities and IMEI under automatic tags")
    func v2DeviceInfo() throws {
        let release11 = VersionType(major: 11, minor: 0)
        let info = DeviceInfo(
            tac: [0x35, 0x29, 0x06, 0x11],
            deviceCapabilities: DeviceCapabilities(
                gsmSupportedRelease: release11, utranSupportedRelease: release11, eutranSupportedRelease: release11),
            imei: [0x35, 0x29, 0x06, 0x11, 0x22, 0x33, 0x44, 0x50])
        let expected = Support.hex(
            "30 21 80 04 35290611 A1 0F 80 03 0B0000 81 03 0B0000 85 03 0B0000 82 08 3529061122334450")
        #expect(try info.derBytes() == expected)
        #expect(try DeviceInfo(derBytes: expected) == info)
    }

    @Test("DeviceInfo with every v3.1 component round-trips")
    func v3DeviceInfo() throws {
        let classes = try #require(CatSupportedClasses(className: "a")).union(
            try #require(CatSupportedClasses(className: "am")))
        let capabilities = DeviceCapabilities(
            eutranSupportedRelease: VersionType(major: 17, minor: 0),
            rspCrlSupportedVersion: VersionType(major: 2, minor: 2),
            nrEpcSupportedRelease: VersionType(major: 16, minor: 0),
            nr5gcSupportedRelease: VersionType(major: 17, minor: 0),
            eutran5gcSupportedRelease: VersionType(major: 15, minor: 0),
            lpaSvn: VersionType(major: 3, minor: 1),
            catSupportedClasses: classes,
            euiccFormFactorType: .nonRemovableEuicc,
            naiSupport: VersionType(major: 1, minor: 0))
        let info = DeviceInfo(
            tac: [1, 2, 3, 4], deviceCapabilities: capabilities, preferredLanguages: ["de", "en"],
            deviceTestMode: true, lpaRspCapability: [.apduApiSupport, .eventCheckingSupport])
        let (bytes, decoded) = try Support.roundTrip(info)
        #expect(decoded == info)
        #expect(decoded.deviceCapabilities.catSupportedClasses?.rawValue == (1 | 1 << 38))
        #expect(bytes.contains(0x84))
        let emptyAdditional = DeviceCapabilities(hasDeviceAdditionalFeatureSupport: true)
        #expect(try emptyAdditional.derBytes() == Support.hex("30 02 AE 00"))
        #expect(try DeviceCapabilities(derBytes: Support.hex("30 02 AE 00")) == emptyAdditional)
    }

    @Test("CatSupportedClasses names letters a to am only")
    func catClassNames() {
        #expect(CatSupportedClasses(className: "z")?.rawValue == 1 << 25)
        #expect(CatSupportedClasses(className: "aa")?.rawValue == 1 << 26)
        #expect(CatSupportedClasses(className: "an") == nil)
        #expect(CatSupportedClasses(className: "ba") == nil)
        #expect(CatSupportedClasses(className: "") == nil)
    }

    @Test("DeviceInfo rejects bad sizes and missing components, and skips newer ones")
    func malformed() throws {
        #expect(throws: ASN1Error.self) { try DeviceInfo(derBytes: Support.hex("30 07 80 03 352906 A1 00")) }
        #expect(throws: ASN1Error.self) { try DeviceInfo(derBytes: Support.hex("30 06 80 04 35290611")) }
        #expect(throws: ASN1Error.self) { try DeviceInfo(derBytes: Support.hex("30 0B 80 04 35290611 A1 00 82 01 00")) }
        #expect(throws: ASN1Error.self) {
            try DeviceInfo(derBytes: Support.hex("30 0C 80 04 35290611 A1 04 80 02 0B00"))
        }
        let newer = Support.hex("30 0D 80 04 35290611 A1 00 9F 40 02 01 02")
        #expect(
            try DeviceInfo(derBytes: newer)
                == DeviceInfo(tac: [0x35, 0x29, 0x06, 0x11], deviceCapabilities: DeviceCapabilities()))
    }
}
