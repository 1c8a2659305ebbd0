extension ES2Plus {
    /// ES2+.ConfirmOrder request: the operator completes an order and may release it (SGP.22 sections 5.3.2,
    /// 6.5.2.2).
    ///
    /// ```json
    /// {
    ///     "header": { "functionRequesterIdentifier": "…", "functionCallIdentifier": "…" },
    ///     "iccid": "<19-20 digits>",
    ///     "eid": "<32 digits>",            // optional
    ///     "matchingId": "<text>",          // optional: the SM-DP+ makes one up when absent
    ///     "confirmationCode": "<text>",    // optional: the code the end user must type
    ///     "smdsAddress": "<FQDN>",         // optional: register an event at this SM-DS
    ///     "releaseFlag": true
    /// }
    /// ```
    public struct ConfirmOrderRequest: ES2PlusRequest {
        public typealias Response = ConfirmOrderResponse
        public static var function: ES2PlusFunction { .confirmOrder }

        /// Who calls, and which call this is.
        public var header: RequestHeader
        /// The profile the order reserved.
        public var iccid: ICCID
        /// The eUICC the profile is for, when known.
        public var eid: EID?
        /// The activation code token (or SM-DS event ID); may be empty, meaning none.
        public var matchingId: String?
        /// The confirmation code, in clear as the operator hands it to the SM-DP+.
        public var confirmationCode: String?
        /// The SM-DS where the SM-DP+ shall register an event for the download.
        public var smdsAddress: String?
        /// Whether the profile is released for download now (otherwise ES2+.ReleaseProfile follows).
        public var releaseFlag: Bool

        /// Builds the request.
        public init(
            header: RequestHeader, iccid: ICCID, eid: EID? = nil, matchingId: String? = nil,
            confirmationCode: String? = nil, smdsAddress: String? = nil, releaseFlag: Bool
        ) {
            self.header = header
            self.iccid = iccid
            self.eid = eid
            self.matchingId = matchingId
            self.confirmationCode = confirmationCode
            self.smdsAddress = smdsAddress
            self.releaseFlag = releaseFlag
        }

        private enum CodingKeys: String, CodingKey {
            case header, iccid, eid, matchingId, confirmationCode, smdsAddress, releaseFlag
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(RequestHeader.self, forKey: .header)
            iccid = try container.decodeICCID(forKey: .iccid)
            eid = try container.decodeEIDIfPresent(forKey: .eid)
            matchingId = try container.decodeIfPresent(String.self, forKey: .matchingId)
            confirmationCode = try container.decodeIfPresent(String.self, forKey: .confirmationCode)
            smdsAddress = try container.decodeIfPresent(String.self, forKey: .smdsAddress)
            releaseFlag = try container.decode(Bool.self, forKey: .releaseFlag)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeICCID(iccid, forKey: .iccid)
            try container.encodeEIDIfPresent(eid, forKey: .eid)
            try container.encodeIfPresent(matchingId, forKey: .matchingId)
            try container.encodeIfPresent(confirmationCode, forKey: .confirmationCode)
            try container.encodeIfPresent(smdsAddress, forKey: .smdsAddress)
            try container.encode(releaseFlag, forKey: .releaseFlag)
        }
    }
}
