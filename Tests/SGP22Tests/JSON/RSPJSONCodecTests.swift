import Foundation
import Testing

@testable import SGP22

/// The base64 and hex codecs under the binary fields.
@Suite("ES9+/ES2+ base64 and hex codecs")
struct RSPJSONCodecTests {
    @Test("RFC 4648 section 10 test vectors")
    func rfc4648() throws {
        let vectors = [
            ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ]
        for (plain, encoded) in vectors {
            #expect(RSPJSONBase64.encode(Array(plain.utf8)) == encoded)
            #expect(try RSPJSONBase64.decode(encoded).get() == Array(plain.utf8))
        }
    }

    @Test("agrees with Foundation on every length up to 300 and every byte value")
    func agreesWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        for length in 0...300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let ours = RSPJSONBase64.encode(bytes)
            #expect(ours == Data(bytes).base64EncodedString())
            #expect(try RSPJSONBase64.decode(ours).get() == bytes)
        }
        let all = (0...255).map { UInt8($0) }
        #expect(try RSPJSONBase64.decode(Data(all).base64EncodedString(options: .lineLength76Characters)).get() == all)
    }

    @Test("hex: upper case out, either case in, offsets in errors")
    func hex() throws {
        #expect(RSPJSONHex.encode([0x00, 0x0A, 0xFF, 0x5f]) == "000AFF5F")
        #expect(try RSPJSONHex.decode("000aFf5F").get() == [0x00, 0x0A, 0xFF, 0x5F])
        #expect(try RSPJSONHex.decode("").get() == [])
        guard case .failure(let fault) = RSPJSONHex.decode("00Z1") else {
            Issue.record("expected a failure")
            return
        }
        #expect(fault.description == "not valid hex: character 'Z' at offset 2")
    }
}
