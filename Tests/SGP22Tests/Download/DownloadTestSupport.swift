import Foundation
import SwiftASN1
import Testing
import X509

@testable import SGP22

/// Helpers shared by the download-path wire-model tests.
enum DownloadTestSupport {
    /// `/work/main` (the clone), found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Download
        .deletingLastPathComponent()  // SGP22Tests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// A file under the shared reference data folder beside the clone.
    static func sharedData(_ relativePath: String) throws -> [UInt8] {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/" + relativePath)
        return Array(try Data(contentsOf: url))
    }

    /// An SGP.26 test certificate (NIST P-256), e.g. `DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der`.
    static func sgp26Certificate(_ path: String) throws -> Certificate {
        try Certificate(derEncoded: sharedData("sgp26/" + path))
    }

    /// Bytes from hexadecimal text; spaces and line breaks are ignored.
    static func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.filter { !$0.isWhitespace })
        precondition(digits.count % 2 == 0, "odd number of hex digits in test data")
        return stride(from: 0, to: digits.count, by: 2).map { index in
            guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else {
                preconditionFailure("bad hex digits in test data: \(digits[index...index + 1])")
            }
            return byte
        }
    }

    /// Bytes from base64 text; line breaks are ignored.
    static func base64(_ text: String) -> [UInt8] {
        guard let data = Data(base64Encoded: text.filter { !$0.isWhitespace }) else {
            preconditionFailure("bad base64 in test data")
        }
        return Array(data)
    }

    /// A BER-TLV with a definite, minimal length.
    static func tlv(_ tag: [UInt8], _ content: [UInt8]) -> [UInt8] {
        let length: [UInt8]
        switch content.count {
        case ..<0x80: length = [UInt8(content.count)]
        case ..<0x100: length = [0x81, UInt8(content.count)]
        default: length = [0x82, UInt8(content.count >> 8), UInt8(content.count & 0xFF)]
        }
        return tag + length + content
    }

    /// `message` (a constructed TLV whose tag takes `tagLength` octets) with `extra` appended to
    /// its content and the length fixed: how a newer version's trailing component arrives.
    static func appending(_ extra: [UInt8], toContentOf message: [UInt8], tagLength: Int) -> [UInt8] {
        let first = message[tagLength]
        let headerLength = tagLength + 1 + (first < 0x80 ? 0 : Int(first & 0x7F))
        return tlv(Array(message.prefix(tagLength)), Array(message[headerLength...]) + extra)
    }

    /// Encodes `value`, decodes the encoding, and returns both.
    static func roundTrip<T: DERImplicitlyTaggable & Equatable>(_ value: T) throws -> (bytes: [UInt8], decoded: T) {
        let bytes = try value.derBytes()
        return (bytes, try T(derBytes: bytes))
    }

    static func transactionId(_ text: String = "0102030405060708090A0B0C0D0E0F10") throws -> TransactionId {
        try TransactionId(bytes: hex(text))
    }

    /// The DeviceInfo lpac sends: TAC 35290611, no capabilities announced.
    static let deviceInfoBytes = hex("3008 8004 35290611 A100")

    static func deviceInfo() -> DeviceInfo {
        DeviceInfo(tac: hex("35290611"), deviceCapabilities: DeviceCapabilities())
    }

    /// A NotificationMetadata for an install notification.
    static func notificationMetadata(sequenceNumber: Int = 5) throws -> NotificationMetadata {
        NotificationMetadata(
            seqNumber: sequenceNumber, profileManagementOperation: .notificationInstall,
            notificationAddress: "testsmdpplus1.example.com", iccid: try Iccid(bytes: hex("98001032547698103214")))
    }
}

extension DownloadTestSupport {
    /// EUICCInfo2 read from an Eastcompeace consumer eUICC over AT+CGLA, published as a test vector in a
    /// public LPA project.
    static let eastcompeaceInfo2 = hex("""
        BF227E810302030182030202028303040200840D8101008204000279D083020B898505077F3E1F80860309020087\
        0302030088020490A916041481370F5125D0B1D408D4C3B232E6D25E795BEBFBAA16041481370F5125D0B1D408D4\
        C3B232E6D25E795BEBFB8B01009902064004030100000C0D45442D5A492D55502D30383236
        """)
}
