extension ES2Plus {
    /// ES2+.DownloadOrder response: the profile reserved (SGP.22 sections 5.3.1, 6.5.2.1).
    ///
    /// ```json
    /// {
    ///     "header": { "functionExecutionStatus": { "status": "Executed-Success" } },
    ///     "iccid": "<19-20 digits>"
    /// }
    /// ```
    public struct DownloadOrderResponse: RSPResponseMessage {
        /// How the call ended.
        public var header: ResponseHeader
        /// The profile reserved for the order.
        public var iccid: ICCID

        /// Builds the response.
        public init(header: ResponseHeader = .executedSuccess, iccid: ICCID) {
            self.header = header
            self.iccid = iccid
        }

        private enum CodingKeys: String, CodingKey {
            case header, iccid
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(ResponseHeader.self, forKey: .header)
            iccid = try container.decodeICCID(forKey: .iccid)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeICCID(iccid, forKey: .iccid)
        }
    }
}
