import Crypto
import SGP22

/// The confirmation code an operator gives the user with some activation codes (SGP.22 §3.1.3.3).
///
/// The code itself never leaves the device: the LPA sends `hashCc = SHA-256(SHA-256(code) ‖ transactionId)`
/// inside ES10b.PrepareDownload, the eUICC signs it into euiccSigned2, and the SM-DP+ compares it with its own.
public enum ConfirmationCode {
    /// `SHA-256(SHA-256(code) ‖ transactionId)`, the code taken as its UTF-8 bytes.
    public static func hash(_ code: String, transactionId: TransactionId) -> [UInt8] {
        let inner = Array(SHA256.hash(data: Array(code.utf8)))
        return Array(SHA256.hash(data: inner + transactionId.bytes))
    }
}
