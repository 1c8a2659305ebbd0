import Logging
import SGP22

extension Logger {
    /// The same logger with the transactionId in its metadata.
    func with(transactionId: TransactionId) -> Logger {
        var copy = self
        copy[metadataKey: "transactionId"] = "\(transactionId)"
        return copy
    }
}
