import Crypto
import Testing

@testable import SSPCrypto

@Suite("ECKA (ECDH P-256) and uncompressed points")
struct ECKATests {
    // RFC 5903 section 8.1, 256-bit random ECP group.
    static let initiatorScalar = "C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433"
    static let initiatorPoint = """
        04 DAD0B65394221CF9B051E1FECA5787D098DFE637FC90B9EF945D0C3772581180
           5271A0461CDB8252D61F1C456FA3E59AB1F45B33ACCF5F58389E0577B8990BB3
        """
    static let responderScalar = "C6EF9C5D78AE012A011164ACB397CE2088685D8F06BF9BE0B283AB46476BEE53"
    static let responderPoint = """
        04 D12DFB5289C8D4F81208B70270398C342296970A0BCCB74C736FC7554494BF63
           56FBF3CA366CC23E8157854C13C58D6AAC23F046ADA30F8353E74F33039872AB
        """
    static let sharedX = "D6840F6B42F6EDAFD13116E0E12565202FEF8E9ECE7DCE03812464D04B9442DE"

    @Test("RFC 5903 known answer, both directions")
    func knownAnswer() throws {
        let initiator = try P256.KeyAgreement.PrivateKey(importingRaw: [UInt8](hex: Self.initiatorScalar))
        let responder = try P256.KeyAgreement.PrivateKey(importingRaw: [UInt8](hex: Self.responderScalar))
        #expect(initiator.publicKey.uncompressedPoint == [UInt8](hex: Self.initiatorPoint))
        #expect(responder.publicKey.uncompressedPoint == [UInt8](hex: Self.responderPoint))

        let z1 = try ECKA.sharedSecret(privateKey: initiator, peerPublicKey: [UInt8](hex: Self.responderPoint))
        let z2 = try ECKA.sharedSecret(privateKey: responder, peerPublicKey: [UInt8](hex: Self.initiatorPoint))
        #expect(ECKA.bytes(of: z1) == [UInt8](hex: Self.sharedX))
        #expect(ECKA.bytes(of: z2) == [UInt8](hex: Self.sharedX))
    }

    @Test("SM-DP+ and eUICC one-time keys give the same session keys")
    func bothSidesAgree() throws {
        let smdp = P256.KeyAgreement.PrivateKey()  // otSK.DP.KA
        let euicc = P256.KeyAgreement.PrivateKey()  // otSK.EUICC.KA
        let hostID: [UInt8] = Array("mahlzeit".utf8)
        let eid = [UInt8](hex: PySimBSPVectors.KDF1.eid)
        let smdpSide = try BSPSessionKeys.derive(
            sharedSecret: ECKA.sharedSecret(privateKey: smdp, peerPublicKey: euicc.publicKey.uncompressedPoint),
            hostID: hostID, eid: eid)
        let euiccSide = try BSPSessionKeys.derive(
            sharedSecret: ECKA.sharedSecret(privateKey: euicc, peerPublicKey: smdp.publicKey.uncompressedPoint),
            hostID: hostID, eid: eid)
        #expect(smdpSide == euiccSide)
    }

    @Test("uncompressed point round trip for signing and key agreement keys")
    func pointRoundTrip() throws {
        let point = [UInt8](hex: Self.initiatorPoint)
        #expect(try P256.KeyAgreement.PublicKey(uncompressedPoint: point).uncompressedPoint == point)
        #expect(try P256.Signing.PublicKey(uncompressedPoint: point).uncompressedPoint == point)
        #expect(try P256.Signing.PublicKey(uncompressedPoint: point[...]).uncompressedPoint.count == 65)
    }

    @Test("hostile points are refused")
    func hostilePoints() throws {
        let good = [UInt8](hex: Self.initiatorPoint)
        let compressed = try P256.KeyAgreement.PublicKey(uncompressedPoint: good).compressedRepresentation
        var offCurve = good
        offCurve[64] ^= 0x01
        let cases: [[UInt8]] = [
            [],
            [0x04],
            Array(good.dropLast()),
            good + [0x00],
            Array(compressed),  // 33 bytes, '02'/'03'
            [0x02] + good.dropFirst(),  // right length, wrong form
            [0x00] + [UInt8](repeating: 0, count: 64),  // point at infinity encoding padded
            [0x04] + [UInt8](repeating: 0, count: 64),
            [0x04] + [UInt8](repeating: 0xFF, count: 64),
            offCurve,
        ]
        for point in cases {
            #expect(throws: SSPCryptoError.self) { try P256.KeyAgreement.PublicKey(uncompressedPoint: point) }
            #expect(throws: SSPCryptoError.self) { try P256.Signing.PublicKey(uncompressedPoint: point) }
            #expect(throws: SSPCryptoError.self) {
                try ECKA.sharedSecret(privateKey: P256.KeyAgreement.PrivateKey(), peerPublicKey: point)
            }
        }
    }

    @Test("random 65-byte inputs never crash the point import")
    func randomPoints() {
        var random = SeededBytes(seed: 5903)
        for _ in 0..<500 {
            let point = [0x04] + random.bytes(64)
            // Almost all are off the curve; the call must simply throw or succeed.
            _ = try? P256.KeyAgreement.PublicKey(uncompressedPoint: point)
        }
    }
}
