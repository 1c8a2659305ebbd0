import SGP22
import SwiftASN1
import Testing

@testable import SAIP

/// Every GSMA TS.48 package in shared/data/ts48, read, typed and re-emitted.
@Suite("TS.48 profile packages")
struct TS48PackageTests {
    /// The ICCID each package carries (header and EF.ICCID agree); TS48V1-A's is the one TS.48 publishes.
    static let iccids: [String: String] = [
        "TS48V1-A-UNIQUE.der": "8949449999999990023",
        "TS48V1-B-UNIQUE.der": "8949449999999990031",
        "TS48V2-SAIP2-1-BERTLV-UNIQUE.der": "8949449999999990049",
        "TS48V2-SAIP2-1-NOBERTLV-UNIQUE.der": "8949449999999990007",
        "TS48V2-SAIP2-3-BERTLV-UNIQUE.der": "8949449999999990056",
        "TS48V2-SAIP2-3-NOBERTLV-UNIQUE.der": "8949449999999990015",
        "TS48V3-SAIP2-1-BERTLV-UNIQUE.der": "8949449999999990064",
        "TS48V3-SAIP2-1-NOBERTLV-UNIQUE.der": "8949449999999990072",
        "TS48V3-SAIP2-3-BERTLV-UNIQUE.der": "8949449999999990080",
        "TS48V3-SAIP2-3-NOBERTLV-UNIQUE.der": "8949449999999990098",
        "TS48V4-SAIP2-1A-NOBERTLV-UNIQUE.der": "8949449999999990106",
        "TS48V4-SAIP2-1B-NOBERTLV-UNIQUE.der": "8949449999999990114",
        "TS48V4-SAIP2-3-BERTLV-UNIQUE.der": "8949449999999990122",
        "TS48V4-SAIP2-3-NOBERTLV-UNIQUE.der": "8949449999999990130",
        "TS48V5-SAIP2-1A-NOBERTLV-UNIQUE.der": "8949449999999990148",
        "TS48V5-SAIP2-1B-NOBERTLV-UNIQUE.der": "8949449999999990155",
        "TS48V5-SAIP2-3-BERTLV-SUCI-UNIQUE.der": "8949449999999990163",
        "TS48V5-SAIP2-3-NOBERTLV-UNIQUE.der": "8949449999999990171",
    ]

    @Test("the shared data holds the TS.48 packages")
    func dataIsPresent() {
        #expect(TestData.ts48Names.count == 18)
        #expect(Set(TestData.ts48Names) == Set(Self.iccids.keys))
    }

    @Test("parses, and re-emits byte-identically", arguments: TestData.ts48Names)
    func roundTrip(name: String) throws {
        let bytes = try TestData.ts48(name)
        let package = try ProfilePackage(bytes: bytes)
        #expect(package.encoded == bytes)
        #expect(try ProfilePackage(elements: package.elements).encoded == bytes)
        for element in package.elements {
            #expect(try ProfileElement(encoded: element.encoded) == element)
            // The files are strict DER throughout: no wrapper, no BER length forms.
            _ = try element.derNode()
        }
    }

    @Test("element order: header first, end last, every tag known", arguments: TestData.ts48Names)
    func elementOrder(name: String) throws {
        let package = try ProfilePackage(bytes: TestData.ts48(name))
        #expect(package.elements.first?.type == .header)
        #expect(package.elements.last?.type == .end)
        #expect(package.elements(ofType: .header).count == 1)
        #expect(package.elements(ofType: .end).count == 1)
        for element in package.elements {
            if case .unknown = element.type { Issue.record("unknown element \(element.type) in \(name)") }
            #expect(
                element.encoded.first == (element.type.tagNumber < 31 ? 0xA0 | UInt8(element.type.tagNumber) : 0xBF))
        }
        for type in [ProfileElementType.mf, .usim, .isim, .akaParameter, .pinCodes, .pukCodes, .securityDomain] {
            #expect(!package.elements(ofType: type).isEmpty, "\(name) has no \(type)")
        }
        let identifications = try package.elements.compactMap { try $0.peHeader()?.identification }
        #expect(identifications.count == package.elements.count - 1)
        #expect(Set(identifications).count == identifications.count)
    }

    @Test("the ProfileHeader decodes and re-encodes to the same bytes", arguments: TestData.ts48Names)
    func header(name: String) throws {
        let package = try ProfilePackage(bytes: TestData.ts48(name))
        let header = package.header
        var serializer = DER.Serializer()
        try header.serialize(into: &serializer, withIdentifier: ProfileHeader.elementIdentifier)
        #expect(serializer.serializedBytes == package.elements[0].encoded)
        #expect(header.majorVersion == 2)
        #expect([1, 3].contains(header.minorVersion))
        #expect(header.profileType == "GSMA Generic eUICC Test Profile")
        #expect(package.profileType == header.profileType)
        #expect(header.mandatoryServices.contains(.usim))
        #expect(header.mandatoryServices.contains(.usimTestAlgorithm))
        #expect(!header.mandatoryGFSTEList.isEmpty)
        #expect(header.extensions.isEmpty)
        #expect(name.contains("SAIP2-3") == (header.minorVersion == 3))
        // A header decoded on its own, under its default SEQUENCE tag, round-trips too.
        let alone = try ProfileHeader(derBytes: header.derBytes())
        #expect(alone == header)
    }

    @Test(
        "the ICCID is the published or a plausible one, in header and EF.ICCID alike",
        arguments: TestData.ts48Names)
    func iccid(name: String) throws {
        let package = try ProfilePackage(bytes: TestData.ts48(name))
        #expect(package.iccid.digits == Self.iccids[name])
        #expect((19...20).contains(package.iccid.digits.count))
        #expect(try ICCID(package.iccid.digits) == package.iccid)  // strict: 89 prefix and Luhn digit
        #expect(package.header.iccid == package.iccid.bcd)
        #expect(try package.efICCID == package.iccid)
    }

    @Test(
        "IMSI and AKA parameters are found; the algorithm is the TS 34.108 test algorithm",
        arguments: TestData.ts48Names)
    func subscription(name: String) throws {
        let package = try ProfilePackage(bytes: TestData.ts48(name))
        #expect(try package.imsi == "001010123456063")
        let aka = try #require(try package.usimAKAParameter)
        let algorithm = try #require(aka.algoParameter)
        #expect(algorithm.algorithm == .usimTestAlgorithm)
        #expect(algorithm.key == Array(0x00...0x0F))
        #expect(algorithm.opc == [UInt8](repeating: 0, count: 16))
        #expect(aka.sqnInit == nil)
        // Not Milenage, so no Milenage secrets are claimed.
        #expect(try package.milenageK == nil)
        #expect(try package.milenageOPc == nil)
        #expect(try package.serviceProviderName == nil)
        // Each AKA element re-encodes to its exact bytes.
        let indices = package.elements.indices.filter { package.elements[$0].type == .akaParameter }
        #expect(indices.count == 2)
        for (index, parameter) in zip(indices, try package.akaParameters) {
            var serializer = DER.Serializer()
            try parameter.serialize(into: &serializer, withIdentifier: AKAParameter.elementIdentifier)
            #expect(serializer.serializedBytes == package.elements[index].encoded)
        }
    }
}
