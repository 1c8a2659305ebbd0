import Crypto
import Foundation
import Testing

@testable import SSPCrypto

@Suite("ECDSA signatures: raw r ‖ s and X9.62 DER")
struct RawECDSASignatureTests {
    // RFC 6979 appendix A.2.5, P-256 / SHA-256, message "sample" (s is above n/2, which must be accepted).
    static let r = "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716"
    static let s = "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8"
    static let n = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"

    @Test("raw to DER and back, with the sign-guard zero bytes")
    func rfc6979RoundTrip() throws {
        let raw = [UInt8](hex: Self.r + Self.s)
        let signature = try RawECDSASignature(rawBytes: raw)
        let der = signature.derBytes
        #expect(der == [UInt8](hex: "3046 022100" + Self.r + " 022100" + Self.s))
        #expect(try RawECDSASignature(derBytes: der).rawBytes == raw)
    }

    @Test("conversion agrees with swift-crypto both ways on many signatures")
    func agreesWithSwiftCrypto() throws {
        let key = P256.Signing.PrivateKey()
        for index in 0..<200 {
            let swiftCrypto = try key.signature(for: Array("message \(index)".utf8))
            let ours = try RawECDSASignature(swiftCrypto)
            #expect(ours.derBytes == Array(swiftCrypto.derRepresentation))
            #expect(try RawECDSASignature(derBytes: swiftCrypto.derRepresentation).rawBytes == ours.rawBytes)
        }
    }

    @Test("short scalars: leading zero bytes are dropped in DER and restored in raw form")
    func shortScalars() throws {
        let r = [UInt8](repeating: 0, count: 31) + [0x01]
        let s = [0x00, 0x7F] + [UInt8](repeating: 0xAB, count: 30)
        let signature = try RawECDSASignature(rawBytes: r + s)
        let expected: [UInt8] = [0x30, 0x24, 0x02, 0x01, 0x01, 0x02, 0x1F, 0x7F] + [UInt8](repeating: 0xAB, count: 30)
        #expect(signature.derBytes == expected)
        #expect(try RawECDSASignature(derBytes: signature.derBytes).rawBytes == r + s)
    }

    @Test("raw form must be 64 bytes with r and s in [1, n-1]")
    func hostileRaw() {
        let good = [UInt8](hex: Self.r + Self.s)
        let n = [UInt8](hex: Self.n)
        var nMinusOne = n
        nMinusOne[31] -= 1
        let bad: [[UInt8]] = [
            [], Array(good.dropLast()), good + [0], [UInt8](repeating: 0, count: 64),
            [UInt8](repeating: 0, count: 32) + good.suffix(32), good.prefix(32) + [UInt8](repeating: 0, count: 32),
            n + good.suffix(32), good.prefix(32) + n, [UInt8](repeating: 0xFF, count: 64),
        ]
        for raw in bad {
            #expect(throws: SSPCryptoError.self) { try RawECDSASignature(rawBytes: raw) }
        }
        #expect(throws: Never.self) { try RawECDSASignature(rawBytes: nMinusOne + nMinusOne) }
    }

    @Test(
        "DER parsing is strict",
        arguments: [
            "",  // nothing
            "30",  // no length
            "3000",  // empty sequence
            "3003 020101",  // s missing
            "3007 020101 020101",  // sequence claims more than is there
            "3006 020101 020101" + " 00",  // trailing byte after the sequence
            "3106 020101 020101",  // SET instead of SEQUENCE
            "3006 030101 020101",  // r not an INTEGER
            "3009 020101 020101 020101",  // three integers
            "3005 020101 020101",  // sequence length one short of its content
            "3006 020100 020101",  // r = 0
            "3006 020101 020100",  // s = 0
            "3006 0201FF 020101",  // r negative
            "3007 02020001 020101",  // r not minimal (00 01)
            "3008 0202FFFF 020101",  // r negative, two bytes
            "3004 0200 0200",  // empty INTEGERs
            "308106 020101 020101",  // long-form length for a short value
            "3080 020101 020101 0000",  // indefinite length
            "3007 028101 01 020101",  // long-form length inside for a one-byte INTEGER
            "3006 020501 020101",  // r length beyond the sequence
            "3027 0222 0080" + String(repeating: "01", count: 32) + " 020101",  // r magnitude of 33 bytes
            "3027 0222" + String(repeating: "01", count: 34) + " 020101",  // r 34 bytes, no sign byte
        ])
    func hostileDER(hex: String) {
        #expect(throws: SSPCryptoError.self) { try RawECDSASignature(derBytes: [UInt8](hex: hex)) }
    }

    @Test("DER with r or s not below n is refused")
    func derOutOfRange() {
        let n = [UInt8](hex: Self.n)
        let der = [0x30, 0x26, 0x02, 0x21, 0x00] + n + [0x02, 0x01, 0x01]
        #expect(throws: SSPCryptoError.invalidSignature(reason: "r is not below the P-256 group order")) {
            try RawECDSASignature(derBytes: der)
        }
    }

    @Test("random mutations of a valid DER signature never crash")
    func mutatedDER() throws {
        let valid = try RawECDSASignature(rawBytes: [UInt8](hex: Self.r + Self.s)).derBytes
        var random = SeededBytes(seed: 6979)
        for _ in 0..<3000 {
            var mutated = valid
            switch random.below(3) {
            case 0:
                mutated[random.below(mutated.count)] = UInt8(truncatingIfNeeded: random.next())
            case 1:
                mutated = Array(mutated.prefix(random.below(mutated.count)))
            default:
                mutated.insert(UInt8(truncatingIfNeeded: random.next()), at: random.below(mutated.count))
            }
            if let parsed = try? RawECDSASignature(derBytes: mutated) {
                // Whatever parses must re-encode to exactly the input: DER has one encoding per value.
                #expect(parsed.derBytes == mutated)
            }
        }
    }
}
