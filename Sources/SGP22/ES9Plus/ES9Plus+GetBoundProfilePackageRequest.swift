extension ES9Plus {
    /// ES9+.GetBoundProfilePackage request: the LPA relays the eUICC's one-time key and consent (SGP.22
    /// sections 5.6.2, 6.5.2.7).
    ///
    /// ```json
    /// {
    ///     "transactionId": "<upper-case hex>",
    ///     "prepareDownloadResponse": "<base64 PrepareDownloadResponse, tag BF21>"
    /// }
    /// ```
    public struct GetBoundProfilePackageRequest: ES9PlusRequest {
        public typealias Response = GetBoundProfilePackageResponse
        public static var function: ES9PlusFunction { .getBoundProfilePackage }

        /// The RSP session.
        public var transactionId: TransactionId
        /// DER of `PrepareDownloadResponse` (`BF21`), as ES10b.PrepareDownload returned it.
        public var prepareDownloadResponse: [UInt8]

        /// Builds the request.
        public init(transactionId: TransactionId, prepareDownloadResponse: [UInt8]) {
            self.transactionId = transactionId
            self.prepareDownloadResponse = prepareDownloadResponse
        }

        private enum CodingKeys: String, CodingKey {
            case transactionId, prepareDownloadResponse
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            transactionId = try container.decodeTransactionId(forKey: .transactionId)
            prepareDownloadResponse = try container.decodeBase64Binary(forKey: .prepareDownloadResponse)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeTransactionId(transactionId, forKey: .transactionId)
            try container.encodeBase64Binary(prepareDownloadResponse, forKey: .prepareDownloadResponse)
        }
    }
}
