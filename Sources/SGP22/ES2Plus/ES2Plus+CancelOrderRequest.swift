extension ES2Plus {
    /// ES2+.CancelOrder request: the operator withdraws an order (SGP.22 sections 5.3.3, 6.5.2.3). The answer is
    /// `CancelOrderResponse`, a header alone.
    ///
    /// ```json
    /// {
    ///     "header": { "functionRequesterIdentifier": "…", "functionCallIdentifier": "…" },
    ///     "iccid": "<19-20 digits>",
    ///     "eid": "<32 digits>",                        // optional
    ///     "matchingId": "<text>",                      // optional
    ///     "finalProfileStatusIndicator": "Available"   // or "Unavailable"
    /// }
    /// ```
    public struct CancelOrderRequest: ES2PlusRequest {
        public typealias Response = CancelOrderResponse
        public static var function: ES2PlusFunction { .cancelOrder }

        /// Who calls, and which call this is.
        public var header: RequestHeader
        /// The profile whose order is cancelled.
        public var iccid: ICCID
        /// The eUICC named in the order, if any.
        public var eid: EID?
        /// The matching ID of the order, if any.
        public var matchingId: String?
        /// What becomes of the profile.
        public var finalProfileStatusIndicator: FinalProfileStatusIndicator

        /// Builds the request.
        public init(
            header: RequestHeader, iccid: ICCID, eid: EID? = nil, matchingId: String? = nil,
            finalProfileStatusIndicator: FinalProfileStatusIndicator
        ) {
            self.header = header
            self.iccid = iccid
            self.eid = eid
            self.matchingId = matchingId
            self.finalProfileStatusIndicator = finalProfileStatusIndicator
        }

        private enum CodingKeys: String, CodingKey {
            case header, iccid, eid, matchingId, finalProfileStatusIndicator
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(RequestHeader.self, forKey: .header)
            iccid = try container.decodeICCID(forKey: .iccid)
            eid = try container.decodeEIDIfPresent(forKey: .eid)
            matchingId = try container.decodeIfPresent(String.self, forKey: .matchingId)
            finalProfileStatusIndicator = try container.decode(
                FinalProfileStatusIndicator.self, forKey: .finalProfileStatusIndicator)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeICCID(iccid, forKey: .iccid)
            try container.encodeEIDIfPresent(eid, forKey: .eid)
            try container.encodeIfPresent(matchingId, forKey: .matchingId)
            try container.encode(finalProfileStatusIndicator, forKey: .finalProfileStatusIndicator)
        }
    }
}
