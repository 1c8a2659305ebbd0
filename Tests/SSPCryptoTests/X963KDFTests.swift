import Crypto
import Testing

@testable import SSPCrypto

@Suite("X9.63 KDF and BSP session key derivation")
struct X963KDFTests {
    @Test("pysim BSP_Test.test_kdf")
    func pysimKDF1() throws {
        typealias V = PySimBSPVectors.KDF1
        let keys = try BSPSessionKeys.derive(
            sharedSecretBytes: [UInt8](hex: V.sharedSecret), hostID: [UInt8](hex: PySimBSPVectors.hostID),
            eid: [UInt8](hex: V.eid))
        #expect(keys.encryptionKey == [UInt8](hex: V.encryptionKey))
        #expect(keys.macKey == [UInt8](hex: V.macKey))
        #expect(keys.initialMacChainingValue == [UInt8](hex: V.initialMacChainingValue))
    }

    @Test("pysim BSP_Test_mode51.test_kdf")
    func pysimKDF2() throws {
        typealias V = PySimBSPVectors.KDF2
        let keys = try BSPSessionKeys.derive(
            sharedSecretBytes: [UInt8](hex: V.sharedSecret), hostID: [UInt8](hex: PySimBSPVectors.hostID),
            eid: [UInt8](hex: V.eid))
        #expect(keys.encryptionKey == [UInt8](hex: V.encryptionKey))
        #expect(keys.macKey == [UInt8](hex: V.macKey))
        #expect(keys.initialMacChainingValue == [UInt8](hex: V.initialMacChainingValue))
    }

    @Test("shared info is keyType ‖ keyLength ‖ L ‖ hostId ‖ L ‖ EID")
    func sharedInfoLayout() {
        let info = BSPSessionKeys.sharedInfo(hostID: [0x80, 0x80], eid: [UInt8](repeating: 0x89, count: 16))
        #expect(info == [0x88, 0x10, 0x02, 0x80, 0x80, 0x10] + [UInt8](repeating: 0x89, count: 16))
        // A host ID of 128 bytes or more takes a long-form length, as BER requires.
        let long = BSPSessionKeys.sharedInfo(hostID: [UInt8](repeating: 1, count: 200), eid: [0x89])
        #expect(Array(long.prefix(4)) == [0x88, 0x10, 0x81, 0xC8])
    }

    @Test("own X9.63 KDF agrees with swift-crypto's on a real ECDH secret", arguments: [0, 1, 16, 32, 33, 48, 100])
    func agreesWithSwiftCrypto(outputByteCount: Int) throws {
        let a = P256.KeyAgreement.PrivateKey()
        let b = P256.KeyAgreement.PrivateKey()
        let secret = try ECKA.sharedSecret(privateKey: a, peerPublicKey: b.publicKey.uncompressedPoint)
        let info: [UInt8] = [0x88, 0x10, 0x01, 0x42, 0x02, 0x89, 0x04]
        let reference = secret.x963DerivedSymmetricKey(
            using: SHA256.self, sharedInfo: info, outputByteCount: outputByteCount)
        let own = X963KDF.deriveKey(
            sharedSecret: ECKA.bytes(of: secret), sharedInfo: info, outputByteCount: outputByteCount)
        #expect(own == reference.withUnsafeBytes { Array($0) })
    }

    @Test("session keys from a SharedSecret equal those from its bytes")
    func bothDerivationsAgree() throws {
        let a = P256.KeyAgreement.PrivateKey()
        let b = P256.KeyAgreement.PrivateKey()
        let secret = try ECKA.sharedSecret(privateKey: a, peerPublicKey: b.publicKey)
        let hostID = [UInt8](hex: PySimBSPVectors.hostID)
        let eid = [UInt8](hex: PySimBSPVectors.KDF1.eid)
        let fromSecret = try BSPSessionKeys.derive(sharedSecret: secret, hostID: hostID, eid: eid)
        let fromBytes = try BSPSessionKeys.derive(sharedSecretBytes: ECKA.bytes(of: secret), hostID: hostID, eid: eid)
        #expect(fromSecret == fromBytes)
    }

    @Test("keys of the wrong length are refused")
    func wrongKeyLengths() {
        let good = [UInt8](repeating: 1, count: 16)
        #expect(throws: SSPCryptoError.invalidLength(what: "S-ENC", expected: 16, actual: 15)) {
            try BSPSessionKeys(encryptionKey: good.dropLast(), macKey: good, initialMacChainingValue: good)
        }
        #expect(throws: SSPCryptoError.invalidLength(what: "S-MAC", expected: 16, actual: 32)) {
            try BSPSessionKeys(encryptionKey: good, macKey: good + good, initialMacChainingValue: good)
        }
        #expect(throws: SSPCryptoError.invalidLength(what: "initial MAC chaining value", expected: 16, actual: 0)) {
            try BSPSessionKeys(encryptionKey: good, macKey: good, initialMacChainingValue: [])
        }
    }
}
