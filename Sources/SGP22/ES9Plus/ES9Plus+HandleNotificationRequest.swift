extension ES9Plus {
    /// ES9+.HandleNotification request: the LPA delivers one pending notification (SGP.22 sections 5.6.4,
    /// 6.5.2.9). The SM-DP+ answers HTTP 204 with no body.
    ///
    /// ```json
    /// { "pendingNotification": "<base64 PendingNotification>" }   // ProfileInstallationResult (BF37) or
    ///                                                             // OtherSignedNotification
    /// ```
    public struct HandleNotificationRequest: ES9PlusRequest {
        public typealias Response = NoContent
        public static var function: ES9PlusFunction { .handleNotification }

        /// DER of the `PendingNotification` as ES10b.RetrieveNotificationsList returned it.
        public var pendingNotification: [UInt8]

        /// Builds the request.
        public init(pendingNotification: [UInt8]) {
            self.pendingNotification = pendingNotification
        }

        private enum CodingKeys: String, CodingKey {
            case pendingNotification
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            pendingNotification = try container.decodeBase64Binary(forKey: .pendingNotification)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeBase64Binary(pendingNotification, forKey: .pendingNotification)
        }
    }
}
