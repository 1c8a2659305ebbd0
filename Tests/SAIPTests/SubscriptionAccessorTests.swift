import SGP22
import SwiftASN1
import Testing

@testable import SAIP

/// The on-demand views (IMSI, SPN, Milenage secrets) on hand-built elements, where TS.48 has nothing to show.
@Suite("Subscription accessors")
struct SubscriptionAccessorTests {
    static let usimTemplate: [UInt8] = [0x06, 0x06, 0x67, 0x81, 0x0F, 0x01, 0x02, 0x04]

    /// A PE-USIM with the given EF.IMSI and EF.SPN contents (as fillFileContent).
    static func usim(imsi: [UInt8]?, spn: [UInt8]?, identification: UInt8 = 8) -> [UInt8] {
        var content = tlv([0xA0], [0x81, 0x01, identification])
        content += [0x81] + Array(usimTemplate.dropFirst())
        if let imsi { content += tlv([0xA3], tlv([0x83], imsi)) }
        if let spn { content += tlv([0xAD], tlv([0x83], spn)) }
        return tlv([0xB3], content)
    }

    static func milenage(key: [UInt8], opc: [UInt8]) throws -> [UInt8] {
        let parameter = AKAParameter(
            header: PEHeader(mandated: true, identification: 9),
            algoConfiguration: .algoParameter(
                AlgoParameter(algorithm: .milenage, algorithmOptions: 0x01, key: key, opc: opc)))
        var serializer = DER.Serializer()
        try parameter.serialize(into: &serializer, withIdentifier: AKAParameter.elementIdentifier)
        return serializer.serializedBytes
    }

    static func package(_ middle: [[UInt8]]) throws -> ProfilePackage {
        let sample = try ProfilePackage(bytes: TestData.ts48("TS48V1-A-UNIQUE.der"))
        let header = sample.elements[0].encoded
        let end = try #require(sample.elements.last).encoded
        return try ProfilePackage(bytes: header + middle.flatMap { $0 } + end)
    }

    @Test("IMSI, SPN, K and OPc are read from a Milenage USIM")
    func milenageProfile() throws {
        // IMSI 001010123456780: odd length, so the first byte holds type nibble 9 under the first digit.
        let imsi: [UInt8] = [0x08, 0x09, 0x10, 0x10, 0x10, 0x32, 0x54, 0x76, 0x08]
        let spn: [UInt8] = [0x01] + Array("Test Net".utf8) + [UInt8](repeating: 0xFF, count: 8)
        let key = Array(UInt8(0x40)...0x4F)
        let opc = Array(UInt8(0x60)...0x6F)
        let package = try Self.package([Self.usim(imsi: imsi, spn: spn), Self.milenage(key: key, opc: opc)])
        #expect(try package.imsi == "001010123456780")
        #expect(try package.serviceProviderName == "Test Net")
        #expect(try package.milenageK == key)
        #expect(try package.milenageOPc == opc)
        #expect(try package.usimAKAParameter?.header == PEHeader(mandated: true, identification: 9))
        #expect(try package.elements[1].peHeader() == PEHeader(mandated: false, identification: 8))
    }

    @Test("an even-length IMSI drops its filler nibble")
    func evenIMSI() throws {
        // 00101012345678: type nibble 1 (even), the last byte padded with F.
        #expect(try EFIMSI.decode([0x08, 0x01, 0x10, 0x10, 0x10, 0x32, 0x54, 0x76, 0xF8]) == "00101012345678")
        #expect(try EFIMSI.decode([0x04, 0x01, 0x10, 0x10, 0xF0, 0xFF]) == "001010")
        #expect(try EFIMSI.decode([0xFF, 0xFF]) == nil)
        #expect(throws: ASN1Error.self) { try EFIMSI.decode([0x09] + [UInt8](repeating: 0x11, count: 9)) }
        #expect(throws: ASN1Error.self) { try EFIMSI.decode([0x08, 0x09]) }
        #expect(throws: ASN1Error.self) { try EFIMSI.decode([0x02, 0x09, 0xA1]) }
    }

    @Test("a broken EF.IMSI is reported against its element")
    func brokenIMSI() throws {
        let package = try Self.package([Self.usim(imsi: [0x08, 0x09, 0x10], spn: nil)])
        #expect(throws: ProfilePackageError.self) { try package.imsi }
        do {
            _ = try package.imsi
        } catch {
            guard case .invalidElement(index: 1, type: .usim, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    @Test("no USIM, no AKA: the accessors answer nil")
    func absent() throws {
        let package = try Self.package([])
        #expect(try package.imsi == nil)
        #expect(try package.usimAKAParameter == nil)
        #expect(try package.milenageK == nil)
        #expect(try package.serviceProviderName == nil)
        #expect(try package.efICCID == nil)
        #expect(try package.akaParameters.isEmpty)
    }

    @Test("file content is laid out with offsets and FF gaps")
    func fileLayout() throws {
        let file = try DER.parse(tlv([0xA3], tlv([0x82], [0x02]) + tlv([0x83], [0x01, 0x02]) + tlv([0x83], [0x03])))
        #expect(try FileContent.read(file) == [0xFF, 0xFF, 0x01, 0x02, 0x03])
        let doNotCreate = try DER.parse(tlv([0xA3], [0x80, 0x00] + tlv([0x83], [0x01])))
        #expect(try FileContent.read(doNotCreate) == nil)
        let descriptorOnly = try DER.parse(tlv([0xA3], tlv([0xA1], [0x82, 0x02, 0x41, 0x21])))
        #expect(try FileContent.read(descriptorOnly) == nil)
        let stranger = try DER.parse(tlv([0xA3], [0x84, 0x00]))
        #expect(throws: ASN1Error.self) { try FileContent.read(stranger) }
        let huge = try DER.parse(tlv([0xA3], tlv([0x82], [0x00, 0xFF, 0xFF]) + tlv([0x83], [0x01, 0x02])))
        #expect(throws: ASN1Error.self) { try FileContent.read(huge) }
    }

    @Test("names decode from the GSM alphabet and the three UCS2 forms")
    func alphaIdentifiers() {
        #expect(AlphaIdentifier.decode([0x41, 0x00, 0x02, 0x1B, 0x65, 0x11, 0xFF, 0xFF][...]) == "A@$€_")
        #expect(AlphaIdentifier.decode([0x80, 0x04, 0x10, 0x04, 0x11, 0xFF, 0xFF][...]) == "АБ")
        #expect(AlphaIdentifier.decode([0x81, 0x03, 0x08, 0x90, 0x41, 0x91, 0xFF][...]) == "АAБ")
        #expect(AlphaIdentifier.decode([0x82, 0x02, 0x04, 0x10, 0x80, 0x81][...]) == "АБ")
        #expect(AlphaIdentifier.decode([0xFF, 0xFF][...]) == nil)
        #expect(AlphaIdentifier.decode([][...]) == nil)
        #expect(AlphaIdentifier.decode([0x81][...]) == nil)
        #expect(AlphaIdentifier.decode([0x80, 0xD8, 0x00][...]) == nil)
    }
}
