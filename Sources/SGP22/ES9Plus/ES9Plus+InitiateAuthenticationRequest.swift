extension ES9Plus {
    /// ES9+.InitiateAuthentication request: the LPA opens an RSP session (SGP.22 sections 5.6.1, 6.5.2.6).
    ///
    /// ```json
    /// {
    ///     "euiccChallenge": "<base64 Octet16>",           // from ES10b.GetEUICCChallenge
    ///     "euiccInfo1": "<base64 EUICCInfo1, tag BF20>",  // from ES10b.GetEUICCInfo1, whole TLV
    ///     "smdpAddress": "<FQDN>"                          // the address the LPA dialled
    /// }
    /// ```
    public struct InitiateAuthenticationRequest: ES9PlusRequest {
        public typealias Response = InitiateAuthenticationResponse
        public static var function: ES9PlusFunction { .initiateAuthentication }

        /// The eUICC's 16-octet challenge.
        public var euiccChallenge: [UInt8]
        /// DER of `EUICCInfo1` (`BF20`).
        public var euiccInfo1: [UInt8]
        /// The SM-DP+ address as the LPA knows it (activation code or default address).
        public var smdpAddress: String

        /// Builds the request; `euiccChallenge` must be 16 octets to be encoded.
        public init(euiccChallenge: [UInt8], euiccInfo1: [UInt8], smdpAddress: String) {
            self.euiccChallenge = euiccChallenge
            self.euiccInfo1 = euiccInfo1
            self.smdpAddress = smdpAddress
        }

        private enum CodingKeys: String, CodingKey {
            case euiccChallenge, euiccInfo1, smdpAddress
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            euiccChallenge = try container.decodeBase64Binary(forKey: .euiccChallenge, count: 16)
            euiccInfo1 = try container.decodeBase64Binary(forKey: .euiccInfo1)
            smdpAddress = try container.decodeNonEmptyString(forKey: .smdpAddress)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            guard euiccChallenge.count == 16 else {
                throw EncodingError.invalidValue(
                    euiccChallenge,
                    EncodingError.Context(
                        codingPath: container.codingPath + [CodingKeys.euiccChallenge],
                        debugDescription: "must be 16 octets, got \(euiccChallenge.count)"))
            }
            try container.encodeBase64Binary(euiccChallenge, forKey: .euiccChallenge)
            try container.encodeBase64Binary(euiccInfo1, forKey: .euiccInfo1)
            try container.encodeNonEmptyString(smdpAddress, forKey: .smdpAddress)
        }
    }
}
