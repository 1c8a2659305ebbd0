extension ES9Plus {
    /// ES9+.AuthenticateClient request: the LPA relays the eUICC's authentication (SGP.22 sections 5.6.3,
    /// 6.5.2.8).
    ///
    /// ```json
    /// {
    ///     "transactionId": "<upper-case hex>",
    ///     "authenticateServerResponse": "<base64 AuthenticateServerResponse, tag BF38>"
    /// }
    /// ```
    public struct AuthenticateClientRequest: ES9PlusRequest {
        public typealias Response = AuthenticateClientResponse
        public static var function: ES9PlusFunction { .authenticateClient }

        /// The RSP session.
        public var transactionId: TransactionId
        /// DER of `AuthenticateServerResponse` (`BF38`), as ES10b.AuthenticateServer returned it.
        public var authenticateServerResponse: [UInt8]

        /// Builds the request.
        public init(transactionId: TransactionId, authenticateServerResponse: [UInt8]) {
            self.transactionId = transactionId
            self.authenticateServerResponse = authenticateServerResponse
        }

        private enum CodingKeys: String, CodingKey {
            case transactionId, authenticateServerResponse
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            transactionId = try container.decodeTransactionId(forKey: .transactionId)
            authenticateServerResponse = try container.decodeBase64Binary(forKey: .authenticateServerResponse)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeTransactionId(transactionId, forKey: .transactionId)
            try container.encodeBase64Binary(authenticateServerResponse, forKey: .authenticateServerResponse)
        }
    }
}
