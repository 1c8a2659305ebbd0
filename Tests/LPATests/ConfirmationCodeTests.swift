import Crypto
import SGP22
import Testing

@testable import LPA

/// hashCc = SHA-256(SHA-256(code) ‖ transactionId) (SGP.22 §3.1.3.3).
@Suite("Confirmation code hash")
struct ConfirmationCodeTests {
    @Test("the hash follows the two-step construction over the UTF-8 code and the transactionId octets")
    func construction() throws {
        let transactionId = try TransactionId(bytes: hex("0123456789ABCDEF0123456789ABCDEF"))
        let inner = Array(SHA256.hash(data: Array("1234".utf8)))
        // SHA-256("1234"), a published value.
        #expect(inner == hex("03AC674216F3E15C761EE1A5E255F067953623C8B388B4459E13F978D7C846F4"))
        let expected = Array(SHA256.hash(data: inner + transactionId.bytes))
        #expect(ConfirmationCode.hash("1234", transactionId: transactionId) == expected)
        #expect(ConfirmationCode.hash("1234", transactionId: transactionId).count == 32)
    }

    @Test("another code or another session gives another hash")
    func binding() throws {
        let first = try TransactionId(bytes: [1])
        let second = try TransactionId(bytes: [2])
        #expect(ConfirmationCode.hash("1234", transactionId: first) != ConfirmationCode.hash("1235", transactionId: first))
        #expect(ConfirmationCode.hash("1234", transactionId: first) != ConfirmationCode.hash("1234", transactionId: second))
    }
}
