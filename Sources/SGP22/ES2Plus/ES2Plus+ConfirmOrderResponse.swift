extension ES2Plus {
    /// ES2+.ConfirmOrder response: what the operator puts in the activation code (SGP.22 sections 5.3.2,
    /// 6.5.2.2).
    ///
    /// ```json
    /// {
    ///     "header": { "functionExecutionStatus": { "status": "Executed-Success" } },
    ///     "eid": "<32 digits>",        // optional
    ///     "matchingId": "<text>",
    ///     "smdpAddress": "<FQDN>"      // optional
    /// }
    /// ```
    public struct ConfirmOrderResponse: RSPResponseMessage {
        /// How the call ended.
        public var header: ResponseHeader
        /// The eUICC the order is bound to, when known.
        public var eid: EID?
        /// The matching ID the SM-DP+ will accept (the operator's or one it made up).
        public var matchingId: String
        /// The SM-DP+ address to put in the activation code.
        public var smdpAddress: String?

        /// Builds the response.
        public init(
            header: ResponseHeader = .executedSuccess, eid: EID? = nil, matchingId: String,
            smdpAddress: String? = nil
        ) {
            self.header = header
            self.eid = eid
            self.matchingId = matchingId
            self.smdpAddress = smdpAddress
        }

        private enum CodingKeys: String, CodingKey {
            case header, eid, matchingId, smdpAddress
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(ResponseHeader.self, forKey: .header)
            eid = try container.decodeEIDIfPresent(forKey: .eid)
            matchingId = try container.decode(String.self, forKey: .matchingId)
            smdpAddress = try container.decodeIfPresent(String.self, forKey: .smdpAddress)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeEIDIfPresent(eid, forKey: .eid)
            try container.encode(matchingId, forKey: .matchingId)
            try container.encodeIfPresent(smdpAddress, forKey: .smdpAddress)
        }
    }
}
