import SwiftASN1
import Testing
import X509

@testable import SGP22

@Suite("ES10b.PrepareDownload")
struct PrepareDownloadTests {
    typealias Support = DownloadTestSupport

    static let euiccSignature1 = [UInt8](repeating: 0xE1, count: 64)
    static let smdpSignature2 = [UInt8](repeating: 0xD2, count: 64)
    static let hashCc = [UInt8](repeating: 0xCC, count: 32)

    static func sampleRequest(hashCc: [UInt8]? = hashCc) throws -> PrepareDownloadRequest {
        PrepareDownloadRequest(
            smdpSigned2: SmdpSigned2(transactionId: try Support.transactionId("0102"), ccRequiredFlag: hashCc != nil),
            smdpSignature2: smdpSignature2,
            hashCc: hashCc,
            smdpCertificate: try Support.sgp26Certificate("DPpb/CERT_S_SM_DPpb_ECDSA_NIST.der"))
    }

    @Test("the request carries 30, 5F37, 04, 30 under BF21 and round-trips, with and without hashCc")
    func requestRoundTrip() throws {
        for hash in [Self.hashCc, nil] {
            let request = try Self.sampleRequest(hashCc: hash)
            let (bytes, decoded) = try Support.roundTrip(request)
            #expect(decoded == request)
            let node = try DER.parse(bytes)
            guard case .constructed(let children) = node.content else {
                Issue.record("not constructed")
                return
            }
            let expected: [ASN1Identifier] = hash == nil
                ? [.sequence, .application(55), .sequence]
                : [.sequence, .application(55), .octetString, .sequence]
            #expect(node.identifier == .berTag(0xBF21))
            #expect(children.map(\.identifier) == expected)
        }
    }

    @Test("smdpSigned2 encodes as 30 { 80, 01, 5F49 } and smdpSignature2 covers it followed by 5F37 40 euiccSignature1")
    func smdpSigned2() throws {
        let key = InitialiseSecureChannelTests.euiccOtpk
        let signed = SmdpSigned2(
            transactionId: try Support.transactionId("0102"), ccRequiredFlag: true, bppEuiccOtpk: key)
        let der = try signed.derBytes()
        #expect(der == Support.tlv([0x30], Support.hex("80020102 0101FF") + Support.tlv([0x5F, 0x49], key)))
        #expect(
            try signed.signedBytes(euiccSignature1: Self.euiccSignature1)
                == der + [0x5F, 0x37, 0x40] + Self.euiccSignature1)
        #expect(try SmdpSigned2(derBytes: der) == signed)
        let plain = SmdpSigned2(transactionId: try Support.transactionId("0102"), ccRequiredFlag: false)
        #expect(try plain.derBytes() == Support.hex("3007 80020102 010100"))
    }

    @Test("a v3 smdpSigned2 with rpmPending keeps it in the signed bytes")
    func smdpSigned2Extension() throws {
        let v3 = Support.hex("3009 80020102 010100 0500")
        let signed = try SmdpSigned2(derBytes: v3)
        #expect(signed.ccRequiredFlag == false)
        #expect(
            try signed.signedBytes(euiccSignature1: Self.euiccSignature1)
                == v3 + [0x5F, 0x37, 0x40] + Self.euiccSignature1)
    }

    @Test("euiccSigned2 encodes as 30 { 80, 5F49, 04 }; euiccSignature2 covers it and then 5F37 40 smdpSignature2")
    func euiccSigned2() throws {
        let key = InitialiseSecureChannelTests.euiccOtpk
        let signed = EUICCSigned2(transactionId: try Support.transactionId("0102"), euiccOtpk: key, hashCc: Self.hashCc)
        let der = try signed.derBytes()
        #expect(
            der == Support.tlv(
                [0x30], Support.hex("80020102") + Support.tlv([0x5F, 0x49], key) + Support.tlv([0x04], Self.hashCc)))
        #expect(
            try signed.signedBytes(smdpSignature2: Self.smdpSignature2)
                == der + [0x5F, 0x37, 0x40] + Self.smdpSignature2)
        // v3.1's additionalInformation stays in the signed bytes.
        let v3 = Support.appending(Support.hex("A0 03 80 01 01"), toContentOf: der, tagLength: 1)
        let v3Signed = try EUICCSigned2(derBytes: v3).signedBytes(smdpSignature2: Self.smdpSignature2)
        #expect(v3Signed == v3 + [0x5F, 0x37, 0x40] + Self.smdpSignature2)
    }

    @Test("PrepareDownloadResponse: Ok is A0, error is A1 with a universal INTEGER")
    func response() throws {
        let ok = PrepareDownloadResponse.downloadResponseOk(
            PrepareDownloadResponseOk(
                euiccSigned2: EUICCSigned2(
                    transactionId: try Support.transactionId("0102"),
                    euiccOtpk: InitialiseSecureChannelTests.euiccOtpk),
                euiccSignature2: [UInt8](repeating: 0xE2, count: 64)))
        let (okBytes, okDecoded) = try Support.roundTrip(ok)
        #expect(okDecoded == ok)
        let okNode = try DER.parse(okBytes)
        guard case .constructed(let okChildren) = okNode.content else {
            Issue.record("not constructed")
            return
        }
        #expect(okNode.identifier == .berTag(0xBF21))
        #expect(okChildren.map(\.identifier) == [.context(0)])

        let error = PrepareDownloadResponse.downloadResponseError(
            PrepareDownloadResponseError(
                transactionId: try Support.transactionId("0102"), downloadErrorCode: .invalidTransactionId))
        let bytes = try error.derBytes()
        #expect(bytes == Support.hex("BF2109 A107 80020102 020105"))
        #expect(try PrepareDownloadResponse(derBytes: bytes) == error)
        for code in [1, 2, 3, 4, 5, 127, 42] {
            #expect(DownloadErrorCode(code: code).code == code)
        }
        #expect(DownloadErrorCode(code: 42) == .other(42))
    }

    @Test("hostile PrepareDownload messages are refused")
    func hostile() throws {
        let bytes = try Self.sampleRequest().derBytes()
        for cut in [1, 4, 30, bytes.count - 1] {
            #expect(throws: (any Error).self) { try PrepareDownloadRequest(derBytes: bytes.prefix(cut)) }
        }
        // hashCc of 31 bytes.
        let request = try Self.sampleRequest(hashCc: nil)
        let short = Support.tlv(
            [0xBF, 0x21],
            try request.smdpSigned2.derBytes() + [0x5F, 0x37, 0x40] + Self.smdpSignature2
                + Support.tlv([0x04], [UInt8](repeating: 0, count: 31)) + request.smdpCertificate.derBytes())
        #expect(throws: (any Error).self) { try PrepareDownloadRequest(derBytes: short) }
        // Certificate missing.
        let noCertificate = Support.tlv(
            [0xBF, 0x21], try request.smdpSigned2.derBytes() + [0x5F, 0x37, 0x40] + Self.smdpSignature2)
        #expect(throws: (any Error).self) { try PrepareDownloadRequest(derBytes: noCertificate) }
        // smdpSigned2 without ccRequiredFlag, or with a BOOLEAN that is not DER.
        #expect(throws: (any Error).self) { try SmdpSigned2(derBytes: Support.hex("3004 80020102")) }
        #expect(throws: (any Error).self) { try SmdpSigned2(derBytes: Support.hex("3007 80020102 010101")) }
        // transactionId of 17 bytes.
        #expect(throws: (any Error).self) {
            try SmdpSigned2(
                derBytes: Support.tlv([0x30], Support.tlv([0x80], [UInt8](repeating: 1, count: 17)) + [1, 1, 0]))
        }
        // euiccSigned2 without the one-time key.
        #expect(throws: (any Error).self) { try EUICCSigned2(derBytes: Support.hex("3004 80020102")) }
        // Response alternatives that do not exist, and an overlong length.
        #expect(throws: (any Error).self) { try PrepareDownloadResponse(derBytes: Support.hex("BF2104 A2020500")) }
        #expect(throws: (any Error).self) {
            try PrepareDownloadResponse(derBytes: Support.hex("BF210A A107 80020102 020105"))
        }
    }
}
