extension ES2Plus {
    /// ES2+.DownloadOrder request: the operator reserves a profile, by ICCID or by type (SGP.22 sections 5.3.1,
    /// 6.5.2.1).
    ///
    /// ```json
    /// {
    ///     "header": { "functionRequesterIdentifier": "…", "functionCallIdentifier": "…" },
    ///     "eid": "<32 digits>",        // optional: bind the profile to this eUICC now
    ///     "iccid": "<19-20 digits>",   // optional: this profile …
    ///     "profileType": "<text>"      // optional: … or any profile of this type
    /// }
    /// ```
    public struct DownloadOrderRequest: ES2PlusRequest {
        public typealias Response = DownloadOrderResponse
        public static var function: ES2PlusFunction { .downloadOrder }

        /// Who calls, and which call this is.
        public var header: RequestHeader
        /// The eUICC the profile is for, when known now.
        public var eid: EID?
        /// The profile wanted, when the operator names one.
        public var iccid: ICCID?
        /// The kind of profile wanted, when the SM-DP+ shall pick one.
        public var profileType: String?

        /// Builds the request.
        public init(header: RequestHeader, eid: EID? = nil, iccid: ICCID? = nil, profileType: String? = nil) {
            self.header = header
            self.eid = eid
            self.iccid = iccid
            self.profileType = profileType
        }

        private enum CodingKeys: String, CodingKey {
            case header, eid, iccid, profileType
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(RequestHeader.self, forKey: .header)
            eid = try container.decodeEIDIfPresent(forKey: .eid)
            iccid = try container.decodeICCIDIfPresent(forKey: .iccid)
            profileType = try container.decodeIfPresent(String.self, forKey: .profileType)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeEIDIfPresent(eid, forKey: .eid)
            try container.encodeICCIDIfPresent(iccid, forKey: .iccid)
            try container.encodeIfPresent(profileType, forKey: .profileType)
        }
    }
}
