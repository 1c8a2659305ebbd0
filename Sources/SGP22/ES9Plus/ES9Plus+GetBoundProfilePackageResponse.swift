extension ES9Plus {
    /// ES9+.GetBoundProfilePackage response: the profile, bound to this eUICC (SGP.22 sections 5.6.2, 6.5.2.7).
    ///
    /// ```json
    /// {
    ///     "header": { "functionExecutionStatus": { "status": "Executed-Success" } },
    ///     "transactionId": "<upper-case hex>",
    ///     "boundProfilePackage": "<base64 BoundProfilePackage, tag BF36>"
    /// }
    /// ```
    public struct GetBoundProfilePackageResponse: RSPResponseMessage {
        /// How the call ended.
        public var header: ResponseHeader
        /// The RSP session.
        public var transactionId: TransactionId
        /// DER of the `BoundProfilePackage` (`BF36`), which the LPA segments into ES10b.LoadBoundProfilePackage.
        public var boundProfilePackage: [UInt8]

        /// Builds the response.
        public init(
            header: ResponseHeader = .executedSuccess, transactionId: TransactionId, boundProfilePackage: [UInt8]
        ) {
            self.header = header
            self.transactionId = transactionId
            self.boundProfilePackage = boundProfilePackage
        }

        private enum CodingKeys: String, CodingKey {
            case header, transactionId, boundProfilePackage
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(ResponseHeader.self, forKey: .header)
            transactionId = try container.decodeTransactionId(forKey: .transactionId)
            boundProfilePackage = try container.decodeBase64Binary(forKey: .boundProfilePackage)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeTransactionId(transactionId, forKey: .transactionId)
            try container.encodeBase64Binary(boundProfilePackage, forKey: .boundProfilePackage)
        }
    }
}
