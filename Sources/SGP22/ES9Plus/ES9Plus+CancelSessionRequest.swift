extension ES9Plus {
    /// ES9+.CancelSession request: the LPA relays the eUICC's signed cancellation (SGP.22 sections 5.6.5,
    /// 6.5.2.10). The answer is `CancelSessionResponse`, a header alone.
    ///
    /// ```json
    /// {
    ///     "transactionId": "<upper-case hex>",
    ///     "cancelSessionResponse": "<base64 CancelSessionResponse, tag BF41>"
    /// }
    /// ```
    public struct CancelSessionRequest: ES9PlusRequest {
        public typealias Response = CancelSessionResponse
        public static var function: ES9PlusFunction { .cancelSession }

        /// The RSP session.
        public var transactionId: TransactionId
        /// DER of `CancelSessionResponse` (`BF41`), as ES10b.CancelSession returned it.
        public var cancelSessionResponse: [UInt8]

        /// Builds the request.
        public init(transactionId: TransactionId, cancelSessionResponse: [UInt8]) {
            self.transactionId = transactionId
            self.cancelSessionResponse = cancelSessionResponse
        }

        private enum CodingKeys: String, CodingKey {
            case transactionId, cancelSessionResponse
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            transactionId = try container.decodeTransactionId(forKey: .transactionId)
            cancelSessionResponse = try container.decodeBase64Binary(forKey: .cancelSessionResponse)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeTransactionId(transactionId, forKey: .transactionId)
            try container.encodeBase64Binary(cancelSessionResponse, forKey: .cancelSessionResponse)
        }
    }
}
