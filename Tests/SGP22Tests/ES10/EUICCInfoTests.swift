import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES10b.GetEUICCInfo")
struct EUICCInfoTests {
    typealias Support = ES10TestSupport

    /// The GetEUICCInfo2 answer lpac documents for its stdio APDU driver
    /// (estkme-group/lpac, `driver/apdu/stdio.c`), status word removed.
    static let lpacInfo2 = Support.hex(
        """
        BF2281C6810302010082030202008303040600840F8101008204000628248304000019228504067F36C086030902\
        00870302030088020490A916041481370F5125D0B1D408D4C3B232E6D25E795BEBFBAA16041481370F5125D0B1D4\
        08D4C3B232E6D25E795BEBFB990206C004030000010C0D47492D42412D55502D30343139AC48801F312E322E3834\
        302E313233343536372F6D79506C6174666F726D4C6162656C812568747470733A2F2F6D79636F6D70616E792E63\
        6F6D2F6D79444C4F41526567697374726172
        """)

    /// EUICCInfo2 read from an Eastcompeace consumer eUICC over AT+CGLA, published as a test
    /// vector in a public LPA project: euiccCategory present, no certificationDataObject.
    static let eastcompeaceInfo2 = Support.hex(
        """
        BF227E810302030182030202028303040200840D8101008204000279D083020B898505077F3E1F80860309020087\
        0302030088020490A916041481370F5125D0B1D408D4C3B232E6D25E795BEBFBAA16041481370F5125D0B1D408D4\
        C3B232E6D25E795BEBFB8B01009902064004030100000C0D45442D5A492D55502D30383236
        """)

    /// EUICCInfo1 from a real eUICC, in the AT+CGLA trace of estkme-group/lpac issue #143.
    static let lpacIssueInfo1 = Support.hex(
        """
        BF20358203020300A916041481370F5125D0B1D408D4C3B232E6D25E795BEBFBAA16041481370F5125D0B1D408D4\
        C3B232E6D25E795BEBFB
        """)

    /// The SubjectKeyIdentifier of the GSMA RSP2 Root CI1.
    static let gsmaCi1 = Support.hex("81370F5125D0B1D408D4C3B232E6D25E795BEBFB")

    @Test("EUICCInfo2 from lpac's published trace decodes field by field and re-encodes identically")
    func lpacEUICCInfo2() throws {
        let info = try EUICCInfo2(derBytes: Self.lpacInfo2)
        #expect(info.profileVersion == VersionType(major: 2, minor: 1, revision: 0))
        #expect(info.svn == VersionType(major: 2, minor: 2, revision: 0))
        #expect(info.euiccFirmwareVer == VersionType(major: 4, minor: 6, revision: 0))
        #expect(info.extCardResource == Support.hex("810100820400062824830400001922"))
        #expect(
            info.uiccCapability == [
                .usimSupport, .isimSupport, .csimSupport, .akaMilenage, .akaCave, .akaTuak128, .akaTuak256,
                .gbaAuthenUsim, .gbaAuthenISim, .eapClient, .javacard, .multipleUsimSupport, .multipleIsimSupport,
            ])
        #expect(info.ts102241Version == VersionType(major: 9, minor: 2, revision: 0))
        #expect(info.globalplatformVersion == VersionType(major: 2, minor: 3, revision: 0))
        #expect(info.rspCapability == [.additionalProfile, .testProfileSupport])
        #expect(info.euiccCiPKIdListForVerification == [Self.gsmaCi1])
        #expect(info.euiccCiPKIdListForSigning == [Self.gsmaCi1])
        #expect(info.euiccCategory == nil)
        #expect(info.forbiddenProfilePolicyRules == [.pprUpdateControl, .ppr1])
        #expect(info.ppVersion == VersionType(major: 0, minor: 0, revision: 1))
        #expect(info.sasAcreditationNumber == "GI-BA-UP-0419")
        #expect(
            info.certificationDataObject
                == CertificationDataObject(
                    platformLabel: "1.2.840.1234567/myPlatformLabel",
                    discoveryBaseURL: "https://mycompany.com/myDLOARegistrar"))
        #expect(info.highestSvn == nil && info.lpaMode == nil)
        #expect(try info.derBytes() == Self.lpacInfo2)
    }

    @Test("EUICCInfo2 read off an Eastcompeace eUICC decodes and re-encodes identically")
    func eastcompeaceEUICCInfo2() throws {
        let info = try EUICCInfo2(derBytes: Self.eastcompeaceInfo2)
        #expect(info.profileVersion.description == "2.3.1")
        #expect(info.svn.description == "2.2.2")
        #expect(info.uiccCapability.contains(.profileBP256) && info.uiccCapability.contains(.getIdentity))
        #expect(!info.uiccCapability.contains(.contactlessSupport))
        #expect(info.euiccCategory == .other)
        #expect(info.forbiddenProfilePolicyRules == .ppr1)
        #expect(info.sasAcreditationNumber == "ED-ZI-UP-0826")
        #expect(info.certificationDataObject == nil)
        #expect(try info.derBytes() == Self.eastcompeaceInfo2)
    }

    @Test("EUICCInfo2 with every v3.1 component round-trips")
    func euiccInfo2RoundTrip() throws {
        let info = EUICCInfo2(
            profileVersion: VersionType(major: 3, minor: 4), svn: VersionType(major: 2, minor: 5),
            euiccFirmwareVer: VersionType(major: 1, minor: 0, revision: 7), extCardResource: [0x81, 0x01, 0x00],
            uiccCapability: [.usimSupport, .usatAppPairing], ts102241Version: VersionType(major: 17, minor: 0),
            globalplatformVersion: VersionType(major: 2, minor: 3, revision: 1),
            rspCapability: [.additionalProfile, .pushServiceRegistrationSupport],
            euiccCiPKIdListForVerification: [Self.gsmaCi1, [0x01]], euiccCiPKIdListForSigning: [],
            euiccCategory: .unknown(9), forbiddenProfilePolicyRules: [],
            ppVersion: VersionType(major: 1, minor: 0), sasAcreditationNumber: "",
            certificationDataObject: CertificationDataObject(platformLabel: "p", discoveryBaseURL: "https://d"),
            treProperties: [.isIntegrated], treProductReference: "TRE",
            additionalProfilePackageVersions: [VersionType(major: 3, minor: 3)], lpaMode: .lpae,
            euiccCiPKIdListForSigningV3: [Self.gsmaCi1], additionalEuiccInfo: [0xAB],
            highestSvn: VersionType(major: 3, minor: 1))
        let (_, decoded) = try Support.roundTrip(info)
        #expect(decoded == info)
    }

    @Test("EUICCInfo2 skips components added by a newer version")
    func euiccInfo2UnknownTrailing() throws {
        let extended = try Support.appending(
            Support.hex("9F 7F 01 05 BF 50 03 80 01 00"), toContentOf: Self.lpacInfo2, tagLength: 2)
        #expect(try EUICCInfo2(derBytes: extended) == EUICCInfo2(derBytes: Self.lpacInfo2))
    }

    @Test("EUICCInfo2 rejects truncation, a wrong tag, a missing mandatory component and a bad size")
    func euiccInfo2Malformed() throws {
        #expect(throws: ASN1Error.self) { try EUICCInfo2(derBytes: Support.truncated(Self.lpacInfo2)) }
        #expect(throws: ASN1Error.self) { try EUICCInfo2(derBytes: Self.lpacIssueInfo1) }
        #expect(throws: ASN1Error.self) { try EUICCInfo1(derBytes: Self.lpacInfo2) }
        // Without ppVersion (04) and sasAcreditationNumber (0C) the message is incomplete.
        let node = try DER.parse(Self.eastcompeaceInfo2)
        guard case .constructed(let children) = node.content else { return }
        var content: [UInt8] = []
        for child in children where child.identifier != .octetString && child.identifier != .utf8String {
            var serializer = DER.Serializer()
            serializer.serialize(child)
            content += serializer.serializedBytes
        }
        #expect(throws: ASN1Error.self) { try EUICCInfo2(derBytes: Support.tlv([0xBF, 0x22], content)) }
        // svn of two octets.
        var badVersion = Self.eastcompeaceInfo2
        badVersion.replaceSubrange(8..<13, with: Support.hex("82 02 02 02"))
        badVersion[2] -= 1
        #expect(throws: ASN1Error.self) { try EUICCInfo2(derBytes: badVersion) }
        #expect(throws: ASN1Error.self) { try EUICCInfo2(derBytes: [0xBF, 0x22]) }
        #expect(throws: ASN1Error.self) { try EUICCInfo2(derBytes: Support.hex("BF 22 00")) }
    }

    @Test("EUICCInfo1 from a real eUICC decodes and re-encodes identically")
    func euiccInfo1() throws {
        let info = try EUICCInfo1(derBytes: Self.lpacIssueInfo1)
        #expect(info.svn == VersionType(major: 2, minor: 3, revision: 0))
        #expect(info.euiccCiPKIdListForVerification == [Self.gsmaCi1])
        #expect(info.euiccCiPKIdListForSigning == [Self.gsmaCi1])
        #expect(info.euiccRspCapability == nil && info.highestSvn == nil)
        #expect(try info.derBytes() == Self.lpacIssueInfo1)
        let v3 = EUICCInfo1(
            svn: VersionType(major: 2, minor: 2), euiccCiPKIdListForVerification: [Self.gsmaCi1],
            euiccCiPKIdListForSigning: [], euiccCiPKIdListForSigningV3: [[0x01, 0x02]],
            euiccRspCapability: [.euiccRspCapInInfo1], highestSvn: VersionType(major: 3, minor: 1))
        #expect(try Support.roundTrip(v3).decoded == v3)
        #expect(throws: ASN1Error.self) { try EUICCInfo1(derBytes: Support.truncated(Self.lpacIssueInfo1)) }
        #expect(throws: ASN1Error.self) { try EUICCInfo1(derBytes: Support.hex("BF 20 05 82 03 02 03 00")) }
    }

    @Test("The empty GetEUICCInfo requests are BF20 00 and BF22 00")
    func requests() throws {
        #expect(try GetEuiccInfo1Request().derBytes() == Support.hex("BF 20 00"))
        #expect(try GetEuiccInfo2Request().derBytes() == Support.hex("BF 22 00"))
        #expect(try GetEuiccInfo1Request(derBytes: Support.hex("BF 20 00")) == GetEuiccInfo1Request())
        #expect(try GetEuiccInfo2Request(derBytes: Support.hex("BF 22 03 80 01 00")) == GetEuiccInfo2Request())
        #expect(throws: ASN1Error.self) { try GetEuiccInfo1Request(derBytes: Support.hex("BF 22 00")) }
        #expect(throws: ASN1Error.self) { try GetEuiccInfo1Request(derBytes: Support.hex("BF 20 01")) }
    }
}
