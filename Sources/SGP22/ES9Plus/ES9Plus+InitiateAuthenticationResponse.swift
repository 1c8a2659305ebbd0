extension ES9Plus {
    /// ES9+.InitiateAuthentication response: the SM-DP+ authenticates itself (SGP.22 sections 5.6.1, 6.5.2.6).
    ///
    /// ```json
    /// {
    ///     "header": { "functionExecutionStatus": { "status": "Executed-Success" } },
    ///     "transactionId": "<upper-case hex, 1..16 octets>",
    ///     "serverSigned1": "<base64 ServerSigned1>",
    ///     "serverSignature1": "<base64 5F37 TLV>",
    ///     "euiccCiPKIdToBeUsed": "<base64 SubjectKeyIdentifier, 04 14 …>",
    ///     "serverCertificate": "<base64 CERT.DPauth.ECDSA>"
    /// }
    /// ```
    /// The binary fields go unchanged into ES10b.AuthenticateServer.
    public struct InitiateAuthenticationResponse: RSPResponseMessage {
        /// How the call ended.
        public var header: ResponseHeader
        /// The new RSP session.
        public var transactionId: TransactionId
        /// DER of `ServerSigned1` (the signed data, a SEQUENCE).
        public var serverSigned1: [UInt8]
        /// The `5F37` TLV of the SM-DP+'s signature over `serverSigned1`.
        public var serverSignature1: [UInt8]
        /// DER of the `SubjectKeyIdentifier` (an OCTET STRING TLV) of the CI key the eUICC shall use.
        public var euiccCiPKIdToBeUsed: [UInt8]
        /// DER of the SM-DP+'s authentication certificate (CERT.DPauth.ECDSA).
        public var serverCertificate: [UInt8]

        /// Builds the response.
        public init(
            header: ResponseHeader = .executedSuccess, transactionId: TransactionId, serverSigned1: [UInt8],
            serverSignature1: [UInt8], euiccCiPKIdToBeUsed: [UInt8], serverCertificate: [UInt8]
        ) {
            self.header = header
            self.transactionId = transactionId
            self.serverSigned1 = serverSigned1
            self.serverSignature1 = serverSignature1
            self.euiccCiPKIdToBeUsed = euiccCiPKIdToBeUsed
            self.serverCertificate = serverCertificate
        }

        private enum CodingKeys: String, CodingKey {
            case header, transactionId, serverSigned1, serverSignature1, euiccCiPKIdToBeUsed, serverCertificate
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(ResponseHeader.self, forKey: .header)
            transactionId = try container.decodeTransactionId(forKey: .transactionId)
            serverSigned1 = try container.decodeBase64Binary(forKey: .serverSigned1)
            serverSignature1 = try container.decodeBase64Binary(forKey: .serverSignature1)
            euiccCiPKIdToBeUsed = try container.decodeBase64Binary(forKey: .euiccCiPKIdToBeUsed)
            serverCertificate = try container.decodeBase64Binary(forKey: .serverCertificate)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeTransactionId(transactionId, forKey: .transactionId)
            try container.encodeBase64Binary(serverSigned1, forKey: .serverSigned1)
            try container.encodeBase64Binary(serverSignature1, forKey: .serverSignature1)
            try container.encodeBase64Binary(euiccCiPKIdToBeUsed, forKey: .euiccCiPKIdToBeUsed)
            try container.encodeBase64Binary(serverCertificate, forKey: .serverCertificate)
        }
    }
}
