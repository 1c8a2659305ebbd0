import Crypto
import Foundation
import Testing

@testable import SSPCrypto

@Suite("ECDSA P-256 signing in raw form")
struct P256SigningTests {
    // RFC 6979 appendix A.2.5 key.
    static let scalar = "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"
    static let point = """
        04 60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6
           7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299
        """

    @Test("sign then verify, raw 64-byte form")
    func signAndVerify() throws {
        let key = P256.Signing.PrivateKey()
        let message = Array("euiccSigned1".utf8)
        let signature = try key.rawSignature(for: message)
        #expect(signature.rawBytes.count == 64)
        let publicKey = try P256.Signing.PublicKey(uncompressedPoint: key.publicKey.uncompressedPoint)
        #expect(publicKey.isValidSignature(signature, for: message))
        #expect(publicKey.isValidSignature(rawBytes: signature.rawBytes, for: message))
        // The DER form verifies with swift-crypto directly.
        let der = try P256.Signing.ECDSASignature(derRepresentation: signature.derBytes)
        #expect(publicKey.isValidSignature(der, for: message))
    }

    @Test("RFC 6979 signature verifies under the RFC key")
    func rfc6979Verifies() throws {
        let key = try P256.Signing.PrivateKey(importingRaw: [UInt8](hex: Self.scalar))
        #expect(key.publicKey.uncompressedPoint == [UInt8](hex: Self.point))
        let raw = [UInt8](hex: RawECDSASignatureTests.r + RawECDSASignatureTests.s)
        #expect(key.publicKey.isValidSignature(rawBytes: raw, for: Array("sample".utf8)))
        #expect(!key.publicKey.isValidSignature(rawBytes: raw, for: Array("samplE".utf8)))
    }

    @Test("tampered signatures, other keys and malformed bytes do not verify")
    func rejections() throws {
        let key = P256.Signing.PrivateKey()
        let message = Array("smdpSigned2".utf8)
        let raw = try key.rawSignature(for: message).rawBytes
        for index in [0, 31, 32, 63] {
            var tampered = raw
            tampered[index] ^= 0x01
            #expect(!key.publicKey.isValidSignature(rawBytes: tampered, for: message))
        }
        #expect(!P256.Signing.PrivateKey().publicKey.isValidSignature(rawBytes: raw, for: message))
        #expect(!key.publicKey.isValidSignature(rawBytes: [], for: message))
        #expect(!key.publicKey.isValidSignature(rawBytes: raw.dropLast(), for: message))
        #expect(!key.publicKey.isValidSignature(rawBytes: [UInt8](repeating: 0, count: 64), for: message))
        // A DER signature handed over where the raw form belongs is refused, not misread.
        let der = try RawECDSASignature(rawBytes: raw).derBytes
        #expect(!key.publicKey.isValidSignature(rawBytes: der, for: message))
    }
}

@Suite("P-256 private key import")
struct P256PrivateKeyImportTests {
    @Test("SGP.26 NIST keys load from their two-block PEM files and match the public keys")
    func sgp26NISTKeys() throws {
        let pairs = [
            ("DPauth/SK_S_SM_DPauth_ECDSA_NIST.pem", "DPauth/PK_S_SM_DPauth_ECDSA_NIST.pem"),
            ("DPpb/SK_S_SM_DPpb_ECDSA_NIST.pem", "DPpb/PK_S_SM_DPpb_ECDSA_NIST.pem"),
            ("DPtls/SK_S_SM_DP_TLS_NIST.pem", "DPtls/PK_S_SM_DP_TLS_NIST.pem"),
        ]
        for (secret, publicFile) in pairs {
            let key = try P256.Signing.PrivateKey(importingPEM: SharedData.text("sgp26/" + secret))
            let expected = try P256.Signing.PublicKey(pemRepresentation: SharedData.text("sgp26/" + publicFile))
            #expect(key.publicKey.uncompressedPoint == expected.uncompressedPoint, "\(secret)")
            // Auto-detection takes the same file as bytes.
            let again = try P256.Signing.PrivateKey(importing: SharedData.bytes("sgp26/" + secret))
            #expect(again.rawRepresentation == key.rawRepresentation)
        }
    }

    @Test("SGP.26 brainpool keys are refused, not misread as P-256")
    func sgp26BrainpoolKeysRefused() throws {
        for file in ["DPauth/SK_S_SM_DPauth_ECDSA_BRP.pem", "DPpb/SK_S_SM_DPpb_ECDSA_BRP.pem"] {
            let text = try SharedData.text("sgp26/" + file)
            #expect(throws: SSPCryptoError.self) { try P256.Signing.PrivateKey(importingPEM: text) }
            #expect(throws: SSPCryptoError.self) { try P256.KeyAgreement.PrivateKey(importing: Array(text.utf8)) }
        }
    }

    @Test("PKCS #8, SEC 1 and raw forms all give the same key")
    func formsAgree() throws {
        let key = P256.Signing.PrivateKey()
        let pkcs8 = Array(key.derRepresentation)
        let viaPKCS8 = try P256.Signing.PrivateKey(importingDER: pkcs8)
        let viaPEM = try P256.Signing.PrivateKey(importingPEM: key.pemRepresentation)
        let viaRaw = try P256.Signing.PrivateKey(importing: Array(key.rawRepresentation))
        let viaSEC1 = try P256.Signing.PrivateKey(importingDER: Self.sec1(key))
        let sec1PEM =
            "-----BEGIN EC PRIVATE KEY-----\n"
            + Data(Self.sec1(key)).base64EncodedString(
                options: .lineLength64Characters) + "\n-----END EC PRIVATE KEY-----\n"
        let viaSEC1PEM = try P256.Signing.PrivateKey(importing: Array(sec1PEM.utf8))
        for imported in [viaPKCS8, viaPEM, viaRaw, viaSEC1, viaSEC1PEM] {
            #expect(imported.rawRepresentation == key.rawRepresentation)
        }
        let agreement = try key.keyAgreementKey
        #expect(agreement.publicKey.uncompressedPoint == key.publicKey.uncompressedPoint)
    }

    @Test("a PKCS #8 key naming another curve is refused")
    func wrongCurveOID() throws {
        var pkcs8 = Array(P256.Signing.PrivateKey().derRepresentation)
        // Turn prime256v1 (…3D 03 01 07) into secp256k1-like …3D 03 01 08: still valid DER, wrong curve.
        let oid = P256PrivateKeyImport.prime256v1
        let start = try #require(Self.firstIndex(of: oid, in: pkcs8))
        pkcs8[start + oid.count - 1] = 0x08
        #expect(throws: SSPCryptoError.invalidPrivateKey(reason: "PrivateKeyInfo names a curve other than P-256")) {
            try P256.Signing.PrivateKey(importingDER: pkcs8)
        }
    }

    @Test("a SEC 1 key whose embedded public key does not match is refused")
    func mismatchedPublicKey() throws {
        let key = P256.Signing.PrivateKey()
        var sec1 = Self.sec1(key)
        sec1[sec1.count - 1] ^= 0x01
        #expect(throws: SSPCryptoError.self) { try P256.Signing.PrivateKey(importingDER: sec1) }
    }

    @Test(
        "hostile inputs throw",
        arguments: [
            "",
            "-----BEGIN EC PRIVATE KEY-----\nAAAA\n",  // no END line
            "-----BEGIN EC PRIVATE KEY-----\n!!!!\n-----END EC PRIVATE KEY-----\n",  // bad Base64
            "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",  // mismatched END
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",  // no key block
            "-----BEGIN EC PARAMETERS-----\nBgUrgQQAIg==\n-----END EC PARAMETERS-----\n",  // P-384 parameters only
        ])
    func hostilePEM(text: String) {
        #expect(throws: SSPCryptoError.self) { try P256.Signing.PrivateKey(importingPEM: text) }
    }

    @Test("hostile DER and raw inputs throw")
    func hostileDER() throws {
        #expect(throws: SSPCryptoError.self) {
            try P256.Signing.PrivateKey(importingRaw: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: SSPCryptoError.self) {
            try P256.Signing.PrivateKey(importingRaw: [UInt8](repeating: 0, count: 32))
        }
        #expect(throws: SSPCryptoError.self) {
            try P256.Signing.PrivateKey(importingRaw: [UInt8](repeating: 0xFF, count: 32))  // not below n
        }
        #expect(throws: SSPCryptoError.self) { try P256.Signing.PrivateKey(importingDER: [0x30, 0x00]) }
        let valid = Array(P256.Signing.PrivateKey().derRepresentation)
        var random = SeededBytes(seed: 5208)
        for _ in 0..<2000 {
            var mutated = valid
            if random.below(2) == 0 {
                mutated[random.below(mutated.count)] = UInt8(truncatingIfNeeded: random.next())
            } else {
                mutated = Array(mutated.prefix(random.below(mutated.count)))
            }
            _ = try? P256.Signing.PrivateKey(importingDER: mutated)
        }
    }

    /// SEC 1 ECPrivateKey with named curve and public key, built by hand.
    static func sec1(_ key: P256.Signing.PrivateKey) -> [UInt8] {
        let point = key.publicKey.uncompressedPoint
        var content: [UInt8] = [0x02, 0x01, 0x01, 0x04, 0x20] + key.rawRepresentation
        content += [0xA0, UInt8(P256PrivateKeyImport.prime256v1.count)] + P256PrivateKeyImport.prime256v1
        content += [0xA1, 0x44, 0x03, 0x42, 0x00] + point
        return [0x30, 0x77] + content
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<$0 + needle.count]) == needle }
    }
}
