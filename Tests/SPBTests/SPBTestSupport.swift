import Crypto
import Foundation
import SGP22
import SPB
import SSPPKI
import SwiftASN1
import Testing
import X509

/// Shared helpers of the SPB tests.
enum SPBTestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Bytes from upper- or lower-case hex (test vectors only).
    static func hex(_ text: String) -> [UInt8] {
        let digits = Array(text.filter { !$0.isWhitespace })
        return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16) ?? 0 }
    }

    static func hexString(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static let spbId = SpbId(UUID(uuid: (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)))
    static var platformId: PrimaryPlatformId {
        get throws { try PrimaryPlatformId("55AA-0F3C-9D21-7B40-E6A8-1C5F-3B92-D074") }
    }
    static var transactionId: TransactionId {
        get throws { try TransactionId(bytes: [1, 2, 3, 4]) }
    }
    static var iccid: Iccid {
        get throws { try Iccid(bytes: hex("98001032547698103214")) }
    }
    static var telecom: SpbFamilyId {
        get throws { try SpbFamilyId.telecom() }
    }

    /// Standalone metadata as the asn1tools vector encodes it.
    static func standaloneMetadata(spbId: SpbId = spbId) throws -> SpbMetadata {
        SpbMetadata(
            spbId: spbId, spbFamilyId: try telecom, telecomBundleClass: .standalone, spbOwner: "Red Mobile",
            spbName: "Red Home", iconType: .png, icon: [0x89, 0x50, 0x4E, 0x47], spbState: .enabled, spbSize: 4096,
            iccid: try iccid, serviceProviderName: "Red", spbmAddress: "spbm.example.com")
    }

    static func standaloneImage() throws -> StandaloneBundleImage {
        StandaloneBundleImage(
            iccid: try iccid, imsi: "001010123456789", ki: [UInt8](repeating: 0, count: 16),
            opc: [UInt8](repeating: 1, count: 16), serviceProviderName: "Red",
            homePlmn: try Plmn(mcc: "001", mnc: "01"))
    }

    /// Checks that `value` encodes, decodes to an equal value and re-encodes to the same bytes.
    @discardableResult
    static func roundTrip<T: DERParseable & DERSerializable & Equatable>(
        _ value: T, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [UInt8] {
        let bytes = try value.derBytes()
        let decoded = try T(derBytes: bytes)
        #expect(decoded == value, sourceLocation: sourceLocation)
        #expect(try decoded.derBytes() == bytes, sourceLocation: sourceLocation)
        return bytes
    }

    /// Checks that no strict prefix of `bytes` decodes as `T`, and that no value throws anything but an error.
    static func expectTruncationsRejected<T: DERParseable>(
        _ type: T.Type, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self, sourceLocation: sourceLocation) {
                _ = try T(derBytes: bytes.prefix(length))
            }
        }
    }

    /// Flips every byte of `bytes` in turn and decodes; decoding may succeed or throw but must never crash.
    static func fuzzEveryByte<T: DERParseable>(_ type: T.Type, _ bytes: [UInt8], stride step: Int = 1) {
        for index in Swift.stride(from: 0, to: bytes.count, by: max(step, 1)) {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var mutated = bytes
                mutated[index] ^= mask
                _ = try? T(derBytes: mutated)
            }
        }
    }

    /// `bytes` (one TLV with a one- or multi-byte length) with `extra` appended inside the outer TLV.
    static func appendingInside(_ bytes: [UInt8], _ extra: [UInt8]) throws -> [UInt8] {
        let node = try DER.parse(bytes)
        guard case .constructed(let children) = node.content else { return bytes }
        var serializer = DER.Serializer()
        serializer.appendConstructedNode(identifier: node.identifier) { coder in
            for child in children { coder.serializeRawBytes(Array(child.encodedBytes)) }
            coder.serializeRawBytes(extra)
        }
        return serializer.serializedBytes
    }

    /// `bytes` with the `index`-th component of the outer TLV removed.
    static func removingComponent(_ bytes: [UInt8], at index: Int) throws -> [UInt8] {
        let node = try DER.parse(bytes)
        guard case .constructed(let children) = node.content else { return bytes }
        var serializer = DER.Serializer()
        serializer.appendConstructedNode(identifier: node.identifier) { coder in
            for (position, child) in children.enumerated() where position != index {
                coder.serializeRawBytes(Array(child.encodedBytes))
            }
        }
        return serializer.serializedBytes
    }
}

/// A lab PKI with an SPB Manager and an SPBL ready to bind: both halves of the protocol in one process.
struct SPBFixture {
    let hierarchy: TestHierarchy
    let spbm: SpbmBinding
    let spbl: SpblBinding
    let spblInfo: SpblInfo
    let ciPKId: [UInt8]
    let family: SpbFamilyId

    static let spbmAddress = "spbm.example.com"

    static func make(hosts: [String] = ["spbm.example.com", "localhost"]) throws -> SPBFixture {
        var options = TestHierarchy.Options()
        options.hosts = hosts
        let hierarchy = try TestHierarchy.generate(options)
        let ciPKId = try #require(try hierarchy.spbCI.certificate.extensions.subjectKeyIdentifier?.keyIdentifier)
        let family = try SpbFamilyId.telecom()
        let spbm = try SpbmBinding(
            address: spbmAddress,
            signingKey: hierarchy.spbmSigning.privateKey,
            signingCertificate: hierarchy.spbmSigning.certificate,
            keyAgreementKey: try P256.KeyAgreement.PrivateKey(
                rawRepresentation: hierarchy.spbmKeyAgreement.privateKey.rawRepresentation),
            keyAgreementCertificate: hierarchy.spbmKeyAgreement.certificate)
        let platformId = try PrimaryPlatformId(hierarchy.platformIdentifier)
        let spbl = try SpblBinding(
            platformId: platformId, signingKey: hierarchy.spbl.privateKey,
            spblCertificate: hierarchy.spbl.certificate, isspMakerCertificate: hierarchy.isspMaker.certificate)
        let spblInfo = SpblInfo(
            platformId: platformId, partNumber: "SSP-LAB-1", firmwareVersion: VersionType(major: 1, minor: 2),
            supportedFamilies: [SpbFamilySupport(spbFamilyId: family, ciPKIds: [Array(ciPKId)])],
            supportedBundleClasses: [.standalone, .rsp, .m2m], freeSpace: 1_000_000, activeSpbLimit: 2,
            spblCertificate: hierarchy.spbl.certificate)
        return SPBFixture(
            hierarchy: hierarchy, spbm: spbm, spbl: spbl, spblInfo: spblInfo, ciPKId: Array(ciPKId), family: family)
    }

    /// The state of a download after Si3.AuthenticateSpbm.
    struct Authentication {
        var transactionId: TransactionId
        var spblChallenge: [UInt8]
        var certificates: GetSpbmCertificateResponse
        var initiation: InitiateSpbDownloadResponse
        var spbmSession: SpbmDownloadSession
        var request: AuthenticateSpbmRequest
        var response: AuthenticateSpbmResponseOk
        var spblSession: SpblSession
    }

    /// Runs GetSpbmCertificate, InitiateSpbDownload and AuthenticateSpbm, as the LBA relays them.
    func authenticate(
        transactionId: TransactionId? = nil, matchingId: String? = "MATCH-1"
    ) throws -> Authentication {
        let transactionId = try transactionId ?? SPBTestSupport.transactionId
        let spblChallenge = SpbChallenge.generate()
        let certificates = try spbm.certificateResponse(
            for: GetSpbmCertificateRequest(spbFamilyId: family, ciPKIdsSupported: [ciPKId]))
        let (initiation, spbmSession) = try spbm.initiateDownload(
            InitiateSpbDownloadRequest(
                spbmAddress: Self.spbmAddress, spblChallenge: spblChallenge, matchingId: matchingId,
                spbFamilyId: family, ciPKIdToBeUsed: certificates.ciPKIdToBeUsed, spblInfo: spblInfo),
            transactionId: transactionId)
        let request = SpbmBinding.authenticateSpbmRequest(certificates: certificates, initiation: initiation)
        let (response, spblSession) = try spbl.authenticateSpbm(
            request, expectedChallenge: spblChallenge, spblInfo: spblInfo)
        return Authentication(
            transactionId: transactionId, spblChallenge: spblChallenge, certificates: certificates,
            initiation: initiation, spbmSession: spbmSession, request: request, response: response,
            spblSession: spblSession)
    }

    /// Metadata for a Standalone bundle managed by this SPB Manager.
    func metadata(_ bundleClass: TelecomBundleClass = .standalone) throws -> SpbMetadata {
        var metadata = try SPBTestSupport.standaloneMetadata()
        metadata.telecomBundleClass = bundleClass
        if bundleClass != .standalone {
            metadata.iccid = nil
            metadata.serviceProviderName = nil
        }
        return metadata
    }

    /// An RSP bundle image built from the lab eUICC identity.
    func rspImage() throws -> RspBundleImage {
        let eid = try EID(hierarchy.options.eid)
        return RspBundleImage(
            euiccIdentity: EuiccIdentity(
                eid: eid, signingKey: hierarchy.euicc.privateKey, euiccCertificate: hierarchy.euicc.certificate,
                eumCertificate: hierarchy.eum.certificate, trustedCiCertificates: [hierarchy.ci.certificate]),
            defaultSmdpAddress: "smdp.example.com")
    }
}
