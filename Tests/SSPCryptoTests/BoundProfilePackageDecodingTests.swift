import Crypto
import Testing

@testable import SSPCrypto

@Suite("Whole bound profile packages through the BSP")
struct BoundProfilePackageDecodingTests {
    @Test("pysim TestBSPdecode: every MAC verifies and the profile package comes out whole")
    func pysimBoundProfilePackage() throws {
        typealias V = PySimBoundProfilePackage
        let bpp = try BoundProfilePackageWalk([UInt8](base64: V.base64), wrapping: .double)

        // What BF23 says about the session: AES-128 keys, host ID "mahlzeit". Its one-time key is a
        // brainpoolP256r1 point, which the P-256 import must refuse (the test gives the keys instead of ShS).
        #expect(bpp.field([(6, .contextSpecific), (0, .contextSpecific)]).map { Array($0) } == [0x88])
        #expect(bpp.field([(6, .contextSpecific), (1, .contextSpecific)]).map { Array($0) } == [0x10])
        #expect(bpp.field([(6, .contextSpecific), (4, .contextSpecific)]).map { Array($0) } == Array("mahlzeit".utf8))
        let smdpOtpk = try #require(bpp.field([(73, .application)]))
        #expect(smdpOtpk.count == 65 && smdpOtpk.first == 0x04)
        #expect(throws: SSPCryptoError.self) { try P256.KeyAgreement.PublicKey(uncompressedPoint: smdpOtpk) }
        #expect(try #require(bpp.field([(55, .application)])).count == 64)

        var session = BSPSession(
            keys: try BSPSessionKeys(
                encryptionKey: [UInt8](hex: V.sessionEncryptionKey), macKey: [UInt8](hex: V.sessionMacKey),
                initialMacChainingValue: [UInt8](hex: V.sessionInitialMacChainingValue)))
        #expect(bpp.firstSequenceOf87.count == 1)
        #expect(
            try session.unprotect(bpp.firstSequenceOf87, expecting: .encryptedCommand)
                == [UInt8](hex: V.configureISDPRequest))
        #expect(try session.unprotect(bpp.sequenceOf88, expecting: .metadata) == [UInt8](hex: V.storeMetadataRequest))

        // This package has no secondSequenceOf87: the PPKs were agreed out of band, as in pysim's test.
        #expect(bpp.secondSequenceOf87 == nil)
        session.replaceSessionKeys(
            with: try BSPSessionKeys(
                encryptionKey: [UInt8](hex: V.ppkEncryptionKey), macKey: [UInt8](hex: V.ppkMacKey),
                initialMacChainingValue: [UInt8](hex: V.ppkInitialMacChainingValue)))
        #expect(bpp.sequenceOf86.count == 13)
        // Its segments are 1036 bytes, beyond SGP.22's 1020: the eUICC side accepts them all the same.
        #expect(bpp.sequenceOf86.first?.count == 1036)
        let profile = try session.unprotect(bpp.sequenceOf86, expecting: .profileElements)
        #expect(profile == [UInt8](base64: PySimUnprotectedProfilePackage.base64))
        #expect(session.blockCounter == 14)
    }

    @Test("pysim package with one '86' segment altered is refused at that segment")
    func pysimTampered() throws {
        typealias V = PySimBoundProfilePackage
        var bytes = [UInt8](base64: V.base64)
        bytes[bytes.count - 20] ^= 0x40  // inside the last '86' segment
        let bpp = try BoundProfilePackageWalk(bytes, wrapping: .double)
        var session = BSPSession(
            keys: try BSPSessionKeys(
                encryptionKey: [UInt8](hex: V.ppkEncryptionKey), macKey: [UInt8](hex: V.ppkMacKey),
                initialMacChainingValue: [UInt8](hex: V.ppkInitialMacChainingValue)))
        #expect(throws: SSPCryptoError.macMismatch(tag: 0x86, blockCounter: 13)) {
            try session.unprotect(bpp.sequenceOf86, expecting: .profileElements)
        }
        #expect(session.blockCounter == 1)
    }

    @Test("SM-DP+ binds pysim's profile with ECKA keys and ReplaceSessionKeys; the eUICC unwraps it")
    func bindAndUnwrap() throws {
        let profile = [UInt8](base64: PySimUnprotectedProfilePackage.base64)
        let eid = [UInt8](hex: PySimBSPVectors.KDF1.eid)
        let hostID = Array("ssp-host".utf8)
        let dpPb = try P256.Signing.PrivateKey(importingPEM: SharedData.text("sgp26/DPpb/SK_S_SM_DPpb_ECDSA_NIST.pem"))
        let euiccOT = P256.KeyAgreement.PrivateKey()

        // SM-DP+: protected profile package under fresh PPKs, then the binding under the session keys.
        var random = SeededBytes(seed: 2254)
        let ppk = try BSPSessionKeys(
            encryptionKey: random.bytes(16), macKey: random.bytes(16), initialMacChainingValue: random.bytes(16))
        var ppkSession = BSPSession(keys: ppk)
        let seq86 = try ppkSession.protect(profile, tag: .profileElements)

        let smdpOT = P256.KeyAgreement.PrivateKey()
        let signedPart =
            Self.tlv(0x82, [0x01]) + Self.tlv(0x80, random.bytes(16))
            + Self.tlv(0xA6, Self.tlv(0x80, [0x88]) + Self.tlv(0x81, [0x10]) + Self.tlv(0x84, hostID))
            + Self.tlv(0x5F49, smdpOT.publicKey.uncompressedPoint)
        let smdpSign = try dpPb.rawSignature(for: signedPart + Self.tlv(0x5F49, euiccOT.publicKey.uncompressedPoint))
        let bf23 = Self.tlv(0xBF23, signedPart + Self.tlv(0x5F37, smdpSign.rawBytes))

        let z = try ECKA.sharedSecret(privateKey: smdpOT, peerPublicKey: euiccOT.publicKey.uncompressedPoint)
        var smdp = BSPSession(keys: try BSPSessionKeys.derive(sharedSecret: z, hostID: hostID, eid: eid))
        let rsk = Self.tlv(
            0xBF26,
            Self.tlv(0x80, ppk.initialMacChainingValue) + Self.tlv(0x81, ppk.encryptionKey)
                + Self.tlv(0x82, ppk.macKey))
        let a0 = try smdp.protect([0xBF, 0x24, 0x00], tag: .encryptedCommand)
        let a1 = try smdp.protect([0xBF, 0x25, 0x03, 0x5A, 0x01, 0x89], tag: .metadata)
        let a2 = try smdp.protect(rsk, tag: .encryptedCommand)
        let content =
            bf23 + Self.tlv(0xA0, a0.flatMap { $0 }) + Self.tlv(0xA1, a1.flatMap { $0 })
            + Self.tlv(0xA2, a2.flatMap { $0 }) + Self.tlv(0xA3, seq86.flatMap { $0 })
        let bytes = Self.tlv(0xBF36, content)

        // eUICC: check smdpSign, derive the session keys from smdpOtpk, unwrap everything.
        let bpp = try BoundProfilePackageWalk(bytes, wrapping: .single)
        let otpk = try #require(bpp.field([(73, .application)]))
        let signature = try #require(bpp.field([(55, .application)]))
        #expect(
            dpPb.publicKey.isValidSignature(
                rawBytes: signature, for: signedPart + Self.tlv(0x5F49, euiccOT.publicKey.uncompressedPoint)))
        let crtHost = try #require(bpp.field([(6, .contextSpecific), (4, .contextSpecific)]))
        let zEUICC = try ECKA.sharedSecret(privateKey: euiccOT, peerPublicKey: otpk)
        var euicc = BSPSession(keys: try BSPSessionKeys.derive(sharedSecret: zEUICC, hostID: crtHost, eid: eid))
        #expect(try euicc.unprotect(bpp.firstSequenceOf87, expecting: .encryptedCommand) == [0xBF, 0x24, 0x00])
        #expect(try euicc.unprotect(bpp.sequenceOf88, expecting: .metadata) == [0xBF, 0x25, 0x03, 0x5A, 0x01, 0x89])
        let rskPlain = try euicc.unprotect(try #require(bpp.secondSequenceOf87), expecting: .encryptedCommand)
        euicc.replaceSessionKeys(with: try ReplaceSessionKeysReading.keys(from: rskPlain))
        #expect(bpp.sequenceOf86.allSatisfy { $0.count <= BSPSegment.maximumByteCount })
        #expect(try euicc.unprotect(bpp.sequenceOf86, expecting: .profileElements) == profile)
    }

    /// Tag (one or two bytes) ‖ BER length ‖ value.
    static func tlv(_ tag: UInt16, _ value: [UInt8]) -> [UInt8] {
        let tagBytes: [UInt8] = tag > 0xFF ? [UInt8(tag >> 8), UInt8(tag & 0xFF)] : [UInt8(tag)]
        return tagBytes + BERLength.encode(value.count) + value
    }
}
