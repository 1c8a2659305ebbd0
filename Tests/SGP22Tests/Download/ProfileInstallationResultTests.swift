import SwiftASN1
import Testing
import X509

@testable import SGP22

@Suite("ES10b ProfileInstallationResult and pending notifications")
struct ProfileInstallationResultTests {
    typealias Support = DownloadTestSupport

    static let smdpOid: ASN1ObjectIdentifier = [1, 3, 6, 1, 4, 1, 31746]
    static let isdpAid = Support.hex("A0000005591010FFFFFFFF8900001000")

    static func successData() throws -> ProfileInstallationResultData {
        ProfileInstallationResultData(
            transactionId: try Support.transactionId("0102"),
            notificationMetadata: try Support.notificationMetadata(),
            smdpOid: smdpOid,
            finalResult: .successResult(SuccessResult(aid: isdpAid, simaResponse: Support.hex("3003 8001 00"))))
    }

    static func errorData() throws -> ProfileInstallationResultData {
        ProfileInstallationResultData(
            transactionId: try Support.transactionId("0102"),
            notificationMetadata: try Support.notificationMetadata(),
            smdpOid: smdpOid,
            finalResult: .errorResult(
                ErrorResult(bppCommandId: .loadProfileElements, errorReason: .installFailedDueToPEProcessingError)))
    }

    @Test("a successful result: BF37 { BF27 { 80, BF2F, 06, A2 { A0 { 4F, 04 } } }, 5F37 }")
    func success() throws {
        let result = ProfileInstallationResult(
            profileInstallationResultData: try Self.successData(),
            euiccSignPIR: EuiccSignPIR(signature: [UInt8](repeating: 0x51, count: 64)))
        let (bytes, decoded) = try Support.roundTrip(result)
        #expect(decoded == result)
        #expect(Array(bytes.prefix(2)) == [0xBF, 0x37])
        let data = try result.profileInstallationResultData.derBytes()
        let metadata = try Support.notificationMetadata().derBytes()
        let expectedData = Support.tlv(
            [0xBF, 0x27],
            Support.hex("80020102") + metadata + Support.hex("06082B0601040181F802")
                + Support.tlv(
                    [0xA2], Support.tlv([0xA0], Support.tlv([0x4F], Self.isdpAid) + Support.hex("0405 300380 0100"))))
        #expect(data == expectedData)
        #expect(try result.profileInstallationResultData.signedBytes() == expectedData)
        let signature = [UInt8](repeating: 0x51, count: 64)
        #expect(bytes == Support.tlv([0xBF, 0x37], expectedData + [0x5F, 0x37, 0x40] + signature))
    }

    @Test("a failed result: errorResult is A1 with automatic tags 80, 81, 82")
    func failure() throws {
        let data = try Self.errorData()
        let bytes = try data.derBytes()
        #expect(bytes.suffix(10) == Support.hex("A208 A106 800105 81010C")[...])
        #expect(try ProfileInstallationResultData(derBytes: bytes) == data)
        var withResponse = data
        withResponse.finalResult = .errorResult(
            ErrorResult(bppCommandId: .configureISDP, errorReason: .pprNotAllowed, simaResponse: [0x01]))
        #expect(try withResponse.derBytes().suffix(13) == Support.hex("A20B A109 800101 81010F 820101")[...])
        #expect(try ProfileInstallationResultData(derBytes: withResponse.derBytes()) == withResponse)
        for code in [0, 1, 2, 3, 4, 5, 9] {
            #expect(BppCommandId(code: code).code == code)
        }
        for code in Array(1...15) + [17, 18, 19, 20, 21, 22, 23, 26, 127, 16] {
            #expect(ErrorReason(code: code).code == code)
        }
        #expect(ErrorReason(code: 16) == .other(16))
    }

    @Test("the signed bytes of a received result are what the eUICC sent, unknown components included")
    func signedBytesPreserved() throws {
        let data = try Self.successData().derBytes()
        let newer = Support.appending(Support.hex("9F7F0101"), toContentOf: data, tagLength: 2)
        let decoded = try ProfileInstallationResultData(derBytes: newer)
        #expect(try decoded.signedBytes() == newer)
        #expect(decoded != (try Self.successData()))
        var changed = decoded
        changed.transactionId = try Support.transactionId("0102")
        #expect(try changed.signedBytes() == data)
    }

    @Test("PendingNotification tells the two alternatives apart by their own tags")
    func pendingNotification() throws {
        let install = PendingNotification.profileInstallationResult(
            ProfileInstallationResult(
                profileInstallationResultData: try Self.successData(),
                euiccSignPIR: EuiccSignPIR(signature: [0x01])))
        let installBytes = try install.derBytes()
        #expect(Array(installBytes.prefix(2)) == [0xBF, 0x37])
        #expect(try PendingNotification(derBytes: installBytes) == install)
        #expect(install.notificationMetadata == (try Support.notificationMetadata()))

        let other = PendingNotification.otherSignedNotification(try Self.otherNotification())
        let otherBytes = try other.derBytes()
        #expect(otherBytes.first == 0x30)
        #expect(try PendingNotification(derBytes: otherBytes) == other)
        #expect(other.notificationMetadata.profileManagementOperation == .notificationDelete)

        // v3.1's loadRpmPackageResultSigned [1] is not modelled.
        #expect(throws: (any Error).self) { try PendingNotification(derBytes: Support.hex("A1020500")) }
    }

    @Test("OtherSignedNotification: the signature covers tbsOtherNotification as the eUICC sent it")
    func otherSignedNotification() throws {
        let notification = try Self.otherNotification()
        let bytes = try notification.derBytes()
        let metadata = try notification.tbsOtherNotification.derBytes()
        #expect(try notification.signedBytes() == metadata)
        #expect(Array(bytes[(bytes[1] == 0x82 ? 4 : 3)...].prefix(metadata.count)) == metadata)
        #expect(try OtherSignedNotification(derBytes: bytes) == notification)

        // A newer eUICC's extra component in the metadata stays in the signed bytes.
        let newerMetadata = Support.appending(Support.hex("9F7F0101"), toContentOf: metadata, tagLength: 2)
        let rest = Array(bytes[(4 + metadata.count)...])
        let newer = Support.tlv([0x30], newerMetadata + rest)
        let decoded = try OtherSignedNotification(derBytes: newer)
        #expect(try decoded.signedBytes() == newerMetadata)
        #expect(try decoded.derBytes() == newer)
    }

    @Test("hostile results and notifications are refused")
    func hostile() throws {
        let bytes = try ProfileInstallationResult(
            profileInstallationResultData: try Self.successData(),
            euiccSignPIR: EuiccSignPIR(signature: [UInt8](repeating: 0x51, count: 64))
        ).derBytes()
        for cut in [1, 3, 20, bytes.count - 1] {
            #expect(throws: (any Error).self) { try ProfileInstallationResult(derBytes: bytes.prefix(cut)) }
        }
        // euiccSignPIR missing.
        let data = try Self.successData().derBytes()
        #expect(throws: (any Error).self) { try ProfileInstallationResult(derBytes: Support.tlv([0xBF, 0x37], data)) }
        // finalResult with an unknown alternative, empty, or not explicit.
        let head = Support.hex("80020102") + (try Support.notificationMetadata().derBytes())
            + Support.hex("06082B0601040181F802")
        #expect(try ProfileInstallationResultData(derBytes: data).derBytes() == data)
        for finalResult in ["A2 04 A2 02 05 00", "A2 00", "A0 02 05 00"] {
            let hostile = Support.tlv([0xBF, 0x27], head + Support.hex(finalResult))
            #expect(throws: (any Error).self) { try ProfileInstallationResultData(derBytes: hostile) }
        }
        // An ISD-P AID of four bytes.
        #expect(throws: (any Error).self) { try SuccessResult(derBytes: Support.hex("3008 4F04A0000005 0400")) }
        // An ErrorResult without its reason.
        #expect(throws: (any Error).self) { try ErrorResult(derBytes: Support.hex("3003 800105")) }
        // An OtherSignedNotification with one certificate.
        let other = try Self.otherNotification()
        let oneCertificate = Support.tlv(
            [0x30],
            try other.tbsOtherNotification.derBytes() + [0x5F, 0x37, 0x01, 0x00] + other.euiccCertificate.derBytes())
        #expect(throws: (any Error).self) { try OtherSignedNotification(derBytes: oneCertificate) }
    }

    static func otherNotification() throws -> OtherSignedNotification {
        var metadata = try Support.notificationMetadata(sequenceNumber: 9)
        metadata.profileManagementOperation = .notificationDelete
        // SGP.26 ships no eUICC or EUM certificate; the DPauth and CI certificates stand in for them.
        return OtherSignedNotification(
            tbsOtherNotification: metadata,
            euiccNotificationSignature: [UInt8](repeating: 0x77, count: 64),
            euiccCertificate: try Support.sgp26Certificate("DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der"),
            eumCertificate: try Support.sgp26Certificate("CertificateIssuer/CERT_CI_ECDSA_NIST.der"))
    }
}
