extension ES9Plus {
    /// ES9+.AuthenticateClient response: the SM-DP+ accepts the eUICC and describes the profile (SGP.22
    /// sections 5.6.3, 6.5.2.8).
    ///
    /// ```json
    /// {
    ///     "header": { "functionExecutionStatus": { "status": "Executed-Success" } },
    ///     "transactionId": "<upper-case hex>",
    ///     "profileMetadata": "<base64 StoreMetadataRequest, tag BF25>",
    ///     "smdpSigned2": "<base64 SmdpSigned2>",
    ///     "smdpSignature2": "<base64 5F37 TLV>",
    ///     "smdpCertificate": "<base64 CERT.DPpb.ECDSA>"
    /// }
    /// ```
    public struct AuthenticateClientResponse: RSPResponseMessage {
        /// How the call ended.
        public var header: ResponseHeader
        /// The RSP session.
        public var transactionId: TransactionId
        /// DER of `StoreMetadataRequest` (`BF25`): what the LPA shows the user before consent.
        public var profileMetadata: [UInt8]
        /// DER of `SmdpSigned2`, input to ES10b.PrepareDownload.
        public var smdpSigned2: [UInt8]
        /// The `5F37` TLV of the SM-DP+'s signature over `smdpSigned2` and `euiccSignature1`.
        public var smdpSignature2: [UInt8]
        /// DER of the SM-DP+'s profile binding certificate (CERT.DPpb.ECDSA).
        public var smdpCertificate: [UInt8]

        /// Builds the response.
        public init(
            header: ResponseHeader = .executedSuccess, transactionId: TransactionId, profileMetadata: [UInt8],
            smdpSigned2: [UInt8], smdpSignature2: [UInt8], smdpCertificate: [UInt8]
        ) {
            self.header = header
            self.transactionId = transactionId
            self.profileMetadata = profileMetadata
            self.smdpSigned2 = smdpSigned2
            self.smdpSignature2 = smdpSignature2
            self.smdpCertificate = smdpCertificate
        }

        private enum CodingKeys: String, CodingKey {
            case header, transactionId, profileMetadata, smdpSigned2, smdpSignature2, smdpCertificate
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(ResponseHeader.self, forKey: .header)
            transactionId = try container.decodeTransactionId(forKey: .transactionId)
            profileMetadata = try container.decodeBase64Binary(forKey: .profileMetadata)
            smdpSigned2 = try container.decodeBase64Binary(forKey: .smdpSigned2)
            smdpSignature2 = try container.decodeBase64Binary(forKey: .smdpSignature2)
            smdpCertificate = try container.decodeBase64Binary(forKey: .smdpCertificate)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeTransactionId(transactionId, forKey: .transactionId)
            try container.encodeBase64Binary(profileMetadata, forKey: .profileMetadata)
            try container.encodeBase64Binary(smdpSigned2, forKey: .smdpSigned2)
            try container.encodeBase64Binary(smdpSignature2, forKey: .smdpSignature2)
            try container.encodeBase64Binary(smdpCertificate, forKey: .smdpCertificate)
        }
    }
}
