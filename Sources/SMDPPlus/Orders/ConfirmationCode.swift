import Crypto
import SGP22

/// The confirmation code checks of SGP.22 section 3.1.3: the SM-DP+ keeps SHA-256(code) and compares
/// hashCc = SHA-256(SHA-256(code) ‖ transactionId) from the eUICC's signed PrepareDownload answer.
public enum ConfirmationCode {
    /// SHA-256 of the code's UTF-8 bytes: what the order stores.
    public static func hash(of code: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(code.utf8)))
    }

    /// hashCc for a stored code hash and a transaction.
    public static func hashCc(codeHash: [UInt8], transactionId: TransactionId) -> [UInt8] {
        Array(SHA256.hash(data: codeHash + transactionId.bytes))
    }

    /// Whether the eUICC's `hashCc` matches the stored code for `transactionId`, compared in constant time.
    public static func matches(_ hashCc: [UInt8], codeHash: [UInt8], transactionId: TransactionId) -> Bool {
        let expected = self.hashCc(codeHash: codeHash, transactionId: transactionId)
        guard hashCc.count == expected.count else { return false }
        return zip(hashCc, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
