import SwiftASN1
import Testing

@testable import SGP22

@Suite("ES8+ InitialiseSecureChannel and the BPP commands")
struct InitialiseSecureChannelTests {
    typealias Support = DownloadTestSupport

    /// The one-time keys of pysim's ECKA test (`tests/unittests/test_esim.py`, `TestECKA.test_mode51`),
    /// which came from a third-party SM-DP+'s trace.
    static let smdpOtpk = Support.hex(
        "04a27e2bdbd94dcf67d4c9ae5cb149d9d0f093be7a16dc41ec9db0318e4db72d"
            + "09234a7d7631979a5d150eec40afe17ce41673df9d2f2e4246d60051c74eba7964")
    static let euiccOtpk = Support.hex(
        "0400f7b8d71403f21d84b00cd9e561178d737d3f4d065e62fee279271298dd4f07"
            + "4794ab791b9939d4461296efe388aa26731064263af988b7d2c4d77da44801b5")

    static func sampleRequest() throws -> InitialiseSecureChannelRequest {
        InitialiseSecureChannelRequest(
            transactionId: try Support.transactionId("0102030405060708"),
            controlRefTemplate: ControlRefTemplate(hostId: Support.hex("8080808080808080")),
            smdpOtpk: smdpOtpk,
            smdpSign: [UInt8](repeating: 0x5A, count: 64))
    }

    @Test("the request puts 82, 80, A6, 5F49, 5F37 on the wire and round-trips")
    func wireOrder() throws {
        let request = try Self.sampleRequest()
        let (bytes, decoded) = try Support.roundTrip(request)
        #expect(decoded == request)
        let expected = Support.tlv(
            [0xBF, 0x23],
            Support.hex("820101 80080102030405060708 A610 800188 810110 84088080808080808080")
                + Support.tlv([0x5F, 0x49], Self.smdpOtpk) + Support.tlv([0x5F, 0x37], request.smdpSign))
        #expect(bytes == expected)
    }

    @Test("smdpSign covers the inner TLVs without BF23 and without itself, then the eUICC's key as 5F49")
    func signedBytes() throws {
        let request = try Self.sampleRequest()
        let expected = Support.hex("820101 80080102030405060708 A610 800188 810110 84088080808080808080")
            + Support.tlv([0x5F, 0x49], Self.smdpOtpk) + Support.tlv([0x5F, 0x49], Self.euiccOtpk)
        #expect(try request.signedBytes(euiccOtpk: Self.euiccOtpk) == expected)
        // The signature itself is not covered.
        var resigned = request
        resigned.smdpSign = [UInt8](repeating: 0x01, count: 64)
        #expect(try resigned.signedBytes(euiccOtpk: Self.euiccOtpk) == expected)
    }

    @Test("the signed data of pysim's package is its BF23 value up to 5F37")
    func pysimSignedBytes() throws {
        let package = try BoundProfilePackage(derBytes: PySimBoundProfilePackage.bytes)
        let request = package.initialiseSecureChannelRequest
        // BF36 82 32 7B, then BF23 81 AE and 174 bytes whose last 67 are smdpSign's 5F37 TLV.
        let wire = Array(PySimBoundProfilePackage.bytes[5..<(5 + 4 + 174)])
        #expect(Array(wire.prefix(4)) == [0xBF, 0x23, 0x81, 0xAE])
        let signedPart = Array(wire[4..<(wire.count - 67)])
        let key = [UInt8](repeating: 0x04, count: 65)
        #expect(try request.signedBytes(euiccOtpk: key) == signedPart + Support.tlv([0x5F, 0x49], key))
    }

    @Test("hostile InitialiseSecureChannel requests are refused")
    func hostile() throws {
        let bytes = try Self.sampleRequest().derBytes()
        #expect(throws: (any Error).self) { try InitialiseSecureChannelRequest(derBytes: bytes.dropLast()) }
        // remoteOpId missing.
        let withoutOpId = Support.tlv([0xBF, 0x23], Array(bytes[6...]))
        #expect(throws: (any Error).self) { try InitialiseSecureChannelRequest(derBytes: withoutOpId) }
        // CRT with a two-byte keyType.
        let badCRT = Support.tlv(
            [0xBF, 0x23],
            Support.hex("820101 800101 A611 80028888 810110 84088080808080808080")
                + Support.tlv([0x5F, 0x49], Self.smdpOtpk) + Support.tlv([0x5F, 0x37], [0x00]))
        #expect(throws: (any Error).self) { try InitialiseSecureChannelRequest(derBytes: badCRT) }
        // A hostId longer than 16 bytes.
        let longHost = ControlRefTemplate(hostId: [UInt8](repeating: 1, count: 17))
        #expect(throws: (any Error).self) { try ControlRefTemplate(derBytes: try longHost.derBytes()) }
        // An unknown remote operation decodes, as extensibility asks, and keeps its number.
        var other = try Self.sampleRequest()
        other.remoteOpId = .other(9)
        #expect(try InitialiseSecureChannelRequest(derBytes: try other.derBytes()).remoteOpId == .other(9))
    }

    @Test("ConfigureISDP: pysim's plaintext BF2400, and with dpProprietaryData")
    func configureISDP() throws {
        #expect(try ConfigureISDPRequest(derBytes: Support.hex("BF2400")) == ConfigureISDPRequest())
        #expect(try ConfigureISDPRequest().derBytes() == Support.hex("BF2400"))
        let request = ConfigureISDPRequest(
            dpProprietaryData: DpProprietaryData(dpOid: [1, 3, 6, 1, 4, 1, 31746]))
        let (bytes, decoded) = try Support.roundTrip(request)
        #expect(decoded == request)
        #expect(bytes == Support.hex("BF240C B80A 0608 2B0601040181F802"))
        #expect(throws: (any Error).self) { try ConfigureISDPRequest(derBytes: Support.hex("BF2402 B800")) }
    }

    @Test("ReplaceSessionKeys: pysim's plaintext uses automatic tags 80, 81, 82")
    func replaceSessionKeys() throws {
        let plaintext = Support.hex("""
            bf2636 8010000102030405060708090a0b0c0d0e0f 8110010102030405060708090a0b0c0d0e0f \
            8210020102030405060708090a0b0c0d0e0f
            """)
        let request = try ReplaceSessionKeysRequest(derBytes: plaintext)
        #expect(request.initialMacChainingValue == Support.hex("000102030405060708090a0b0c0d0e0f"))
        #expect(request.ppkEnc == Support.hex("010102030405060708090a0b0c0d0e0f"))
        #expect(request.ppkCmac == Support.hex("020102030405060708090a0b0c0d0e0f"))
        #expect(try request.derBytes() == plaintext)
        #expect(throws: (any Error).self) { try ReplaceSessionKeysRequest(derBytes: plaintext.dropLast(17) + [0x00]) }
    }

    @Test("StoreMetadata: pysim's two plaintexts decode and re-encode")
    func storeMetadata() throws {
        let osmocom = try StoreMetadataRequest(derBytes: PySimBoundProfilePackage.storeMetadata)
        #expect(osmocom.iccid.bytes == Support.hex("89000123456789012341"))
        #expect(osmocom.serviceProviderName == "OsmocomSPN")
        #expect(osmocom.profileName == "OsmocomProfile")
        #expect(osmocom.profileClass == .operational)
        #expect(try osmocom.derBytes() == PySimBoundProfilePackage.storeMetadata)

        // From pysim's mode-51 ciphering test: carries profileClass test (95 01 00).
        let mode51 = Support.hex("""
            bf252d5a0a98001032547698103214910947534d415f54455354921147534d415f544553545f50524f46494c45950100
            """)
        let test = try StoreMetadataRequest(derBytes: mode51)
        #expect(test.serviceProviderName == "GSMA_TEST")
        #expect(test.profileName == "GSMA_TEST_PROFILE")
        #expect(test.profileClass == .test)
        #expect(try test.derBytes() == mode51)
    }

    @Test("StoreMetadata: every component round-trips; the default class is left out; v3.1 extras are read")
    func storeMetadataFull() throws {
        let full = StoreMetadataRequest(
            iccid: try Iccid(bytes: Support.hex("98001032547698103214")),
            serviceProviderName: "SP",
            profileName: "Profile",
            iconType: .png,
            icon: [0x89, 0x50, 0x4E, 0x47],
            profileClass: .provisioning,
            notificationConfigurationInfo: [
                NotificationConfigurationInformation(
                    profileManagementOperation: [.notificationInstall, .notificationDelete],
                    notificationAddress: "smdp.example.com")
            ],
            profileOwner: OperatorId(mccMnc: Support.hex("00F110")),
            profilePolicyRules: [.ppr2],
            hriServerAddress: "hri.example.com",
            serviceDescription: [.voice, .data])
        let (_, decoded) = try Support.roundTrip(full)
        #expect(decoded == full)

        var operational = full
        operational.profileClass = .operational
        let bytes = try operational.derBytes()
        #expect(!bytes.windowsOverlap(Support.hex("950102")))
        // A sender that writes the default anyway is understood.
        let explicitDefault = Support.hex("""
            BF2516 5A0A98001032547698103214 9100 9203414243 950102
            """)
        #expect(try StoreMetadataRequest(derBytes: explicitDefault).profileClass == .operational)
        // v3.1 components this model skips (BF22) sit between ones it reads (9B).
        let v3 = Support.appending(
            Support.hex("BF22 03 80 01 00 9B 03 68 72 69"),
            toContentOf: Support.hex("BF2513 5A0A98001032547698103214 9100 9203414243"), tagLength: 2)
        #expect(try StoreMetadataRequest(derBytes: v3).hriServerAddress == "hri")
    }

    @Test("hostile StoreMetadata is refused")
    func storeMetadataHostile() throws {
        // No ICCID.
        #expect(throws: (any Error).self) { try StoreMetadataRequest(derBytes: Support.hex("BF2505 9100 9201 41")) }
        // ICCID of nine bytes.
        #expect(throws: (any Error).self) {
            try StoreMetadataRequest(derBytes: Support.hex("BF2510 5A09980010325476981032 9100 9201 41"))
        }
        // Service provider name over 32 characters.
        let long = Support.tlv([0x91], Array(repeating: 0x41, count: 33))
        #expect(throws: (any Error).self) {
            try StoreMetadataRequest(
                derBytes: Support.tlv(
                    [0xBF, 0x25], Support.hex("5A0A98001032547698103214") + long + Support.hex("9200")))
        }
        // Truncated.
        #expect(throws: (any Error).self) {
            try StoreMetadataRequest(derBytes: PySimBoundProfilePackage.storeMetadata.dropLast())
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether `pattern` occurs anywhere in the array.
    func windowsOverlap(_ pattern: [UInt8]) -> Bool {
        guard pattern.count <= count else { return false }
        return (0...(count - pattern.count)).contains { Array(self[$0..<($0 + pattern.count)]) == pattern }
    }
}
