extension ES2Plus {
    /// ES2+.ReleaseProfile request: the operator lets a confirmed order be downloaded (SGP.22 sections 5.3.4,
    /// 6.5.2.4). The answer is `ReleaseProfileResponse`, a header alone.
    ///
    /// ```json
    /// {
    ///     "header": { "functionRequesterIdentifier": "…", "functionCallIdentifier": "…" },
    ///     "iccid": "<19-20 digits>"
    /// }
    /// ```
    public struct ReleaseProfileRequest: ES2PlusRequest {
        public typealias Response = ReleaseProfileResponse
        public static var function: ES2PlusFunction { .releaseProfile }

        /// Who calls, and which call this is.
        public var header: RequestHeader
        /// The profile to release.
        public var iccid: ICCID

        /// Builds the request.
        public init(header: RequestHeader, iccid: ICCID) {
            self.header = header
            self.iccid = iccid
        }

        private enum CodingKeys: String, CodingKey {
            case header, iccid
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(RequestHeader.self, forKey: .header)
            iccid = try container.decodeICCID(forKey: .iccid)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeICCID(iccid, forKey: .iccid)
        }
    }
}
