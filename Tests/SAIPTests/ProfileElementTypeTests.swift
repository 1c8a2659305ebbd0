import SGP22
import SwiftASN1
import Testing

@testable import SAIP

@Suite("ProfileElement types and the header's parts")
struct ProfileElementTypeTests {
    @Test("every CHOICE alternative maps to its automatic tag and back")
    func tagNumbers() {
        #expect(ProfileElementType.known.count == 35)
        for (number, type) in ProfileElementType.known.enumerated() {
            #expect(ProfileElementType(tagNumber: UInt(number)) == type)
            #expect(type.tagNumber == UInt(number))
        }
        #expect(ProfileElementType(tagNumber: 0) == .header)
        #expect(ProfileElementType(tagNumber: 10) == .end)
        #expect(ProfileElementType(tagNumber: 19) == .usim)
        #expect(ProfileElementType(tagNumber: 28) == .df5GS)
        #expect(ProfileElementType(tagNumber: 31).asn1Name == "df-5gprose")
        #expect(ProfileElementType(tagNumber: 34) == .ssim)
        #expect(ProfileElementType(tagNumber: 35) == .unknown(tagNumber: 35))
        #expect(ProfileElementType.unknown(tagNumber: 99).tagNumber == 99)
        #expect(ProfileElementType.optUSIM.description == "opt-usim")
        #expect(ProfileElementType.gsmAccess.description == "gsm-access")
    }

    @Test("long-form element tags are read")
    func longFormTags() throws {
        let end = tlv([0xA0], [0x81, 0x01, 0x01])
        let element = try ProfileElement(encoded: tlv([0xBF, 0x1F], end))
        #expect(element.type == .df5GProSe)
        #expect(try ProfileElement(encoded: tlv([0xBF, 0x22], end)).type == .ssim)
        #expect(try ProfileElement(encoded: tlv([0xBF, 0x30], end)).type == .unknown(tagNumber: 48))
        #expect(try ProfileElement(encoded: tlv([0xBF, 0x81, 0x00], end)).type == .unknown(tagNumber: 128))
        #expect(throws: ProfilePackageError.trailingBytes(offset: 8)) {
            try ProfileElement(encoded: tlv([0xBF, 0x1F], end) + [0x00])
        }
        #expect(throws: ProfilePackageError.notAProfileElement(offset: 0, tag: "30")) {
            try ProfileElement(encoded: tlv([0x30], end))
        }
        #expect(throws: ProfilePackageError.self) { try ProfileElement(encoded: []) }
        #expect(try element.peHeader() == PEHeader(mandated: false, identification: 1))
    }

    @Test("services keep their order and unknown numbers")
    func servicesList() throws {
        let services = ServicesList([.usim, .isim, .javacard, .usimTestAlgorithm, Service(rawValue: 40)])
        let bytes = try services.derBytes()
        #expect(bytes == [0x30, 0x0B, 0x81, 0x00, 0x82, 0x00, 0x8B, 0x00, 0x91, 0x00, 0x9F, 0x28, 0x00])
        #expect(try ServicesList(derBytes: bytes) == services)
        #expect(Service(rawValue: 40).description == "[40]")
        #expect(ServicesList.Service.berTLV.description == "ber-tlv")
        // Out of order, duplicated, not NULL, or not context-specific: refused.
        for bad: [UInt8] in [
            [0x30, 0x04, 0x82, 0x00, 0x81, 0x00], [0x30, 0x04, 0x81, 0x00, 0x81, 0x00],
            [0x30, 0x03, 0x81, 0x01, 0x00], [0x30, 0x02, 0x05, 0x00],
        ] {
            #expect(throws: ASN1Error.self) { try ServicesList(derBytes: bad) }
        }
    }

    @Test("a header with every optional part round-trips, extensions included")
    func fullHeader() throws {
        let header = ProfileHeader(
            majorVersion: 3, minorVersion: 4, profileType: "Ünïcode type", iccid: [UInt8](repeating: 0x89, count: 10),
            pol: [0x00], mandatoryServices: ServicesList([.usim, .milenage]),
            mandatoryGFSTEList: [try ASN1ObjectIdentifier(dotRepresentation: "2.23.143.1.2.1")],
            connectivityParameters: [0xA0, 0x00],
            mandatoryAIDs: [MandatoryAID(aid: [0xA0, 0x00, 0x00, 0x00, 0x87], version: [0x01, 0x00])],
            iotOptions: IotOptions(pix: [UInt8](repeating: 0x01, count: 7)),
            extensions: [ASN1Any(derEncoded: try DER.parse([0x8A, 0x01, 0x05]))])
        let bytes = try header.derBytes()
        let decoded = try ProfileHeader(derBytes: bytes)
        #expect(decoded == header)
        #expect(try decoded.derBytes() == bytes)
    }

    @Test("header constraints are enforced")
    func headerConstraints() throws {
        let base = ProfileHeader(
            majorVersion: 2, minorVersion: 1, iccid: [UInt8](repeating: 0x99, count: 10),
            mandatoryServices: ServicesList([]), mandatoryGFSTEList: [])
        var shortICCID = base
        shortICCID.iccid = [0x89]
        var longType = base
        longType.profileType = String(repeating: "x", count: 101)
        var emptyType = base
        emptyType.profileType = ""
        var shortAID = base
        shortAID.mandatoryAIDs = [MandatoryAID(aid: [0xA0], version: [0x01, 0x00])]
        for header in [shortICCID, longType, emptyType, shortAID] {
            #expect(throws: ASN1Error.self) { try ProfileHeader(derBytes: header.derBytes()) }
        }
        #expect(try ProfileHeader(derBytes: base.derBytes()) == base)
        // Invalid UTF-8 in profileType.
        let broken = tlv(
            [0x30],
            [0x80, 0x01, 0x02, 0x81, 0x01, 0x01, 0x82, 0x02, 0xC3, 0x28]
                + tlv([0x83], [UInt8](repeating: 0x99, count: 10)) + [0xA5, 0x00, 0xA6, 0x00])
        #expect(throws: ASN1Error.self) { try ProfileHeader(derBytes: broken) }
    }

    @Test("a header with a non-decimal ICCID makes the package unusable")
    func nonDecimalICCID() throws {
        let sample = try ProfilePackage(bytes: TestData.ts48("TS48V1-A-UNIQUE.der"))
        var header = sample.header
        header.iccid[4] = 0xAB
        var serializer = DER.Serializer()
        try header.serialize(into: &serializer, withIdentifier: ProfileHeader.elementIdentifier)
        let bytes = serializer.serializedBytes + sample.elements.dropFirst().flatMap(\.encoded)
        do {
            _ = try ProfilePackage(bytes: bytes)
            Issue.record("a non-decimal ICCID was accepted")
        } catch {
            guard case .invalidICCID = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(error.description.contains("ICCID"))
        }
    }
}

private typealias Service = ServicesList.Service
