import Foundation

extension ES2Plus {
    /// ES2+.HandleDownloadProgressInfo request: the SM-DP+ tells the operator how a download went (SGP.22
    /// sections 5.3.5, 6.5.2.5). The operator answers HTTP 204 with no body.
    ///
    /// ```json
    /// {
    ///     "header": { "functionRequesterIdentifier": "…", "functionCallIdentifier": "…" },
    ///     "eid": "<32 digits>",                     // optional
    ///     "iccid": "<19-20 digits>",
    ///     "profileType": "<text>",
    ///     "timestamp": "2001-12-17T09:30:47Z",
    ///     "notificationPointId": 3,
    ///     "notificationPointStatus": { "status": "Executed-Success" },
    ///     "resultData": "<base64>"                  // optional: e.g. the ProfileInstallationResult
    /// }
    /// ```
    public struct HandleDownloadProgressInfoRequest: ES2PlusRequest {
        public typealias Response = NoContent
        public static var function: ES2PlusFunction { .handleDownloadProgressInfo }

        /// Who calls (the SM-DP+), and which call this is.
        public var header: RequestHeader
        /// The eUICC, when known.
        public var eid: EID?
        /// The profile being downloaded.
        public var iccid: ICCID
        /// The profile's type.
        public var profileType: String
        /// When the step happened.
        public var timestamp: Date
        /// Which step this reports.
        public var notificationPointId: NotificationPoint
        /// How the step went.
        public var notificationPointStatus: FunctionExecutionStatus
        /// Binary evidence from the eUICC, e.g. DER of the `ProfileInstallationResult`.
        public var resultData: [UInt8]?

        /// Builds the request.
        public init(
            header: RequestHeader, eid: EID? = nil, iccid: ICCID, profileType: String, timestamp: Date,
            notificationPointId: NotificationPoint, notificationPointStatus: FunctionExecutionStatus,
            resultData: [UInt8]? = nil
        ) {
            self.header = header
            self.eid = eid
            self.iccid = iccid
            self.profileType = profileType
            self.timestamp = timestamp
            self.notificationPointId = notificationPointId
            self.notificationPointStatus = notificationPointStatus
            self.resultData = resultData
        }

        private enum CodingKeys: String, CodingKey {
            case header, eid, iccid, profileType, timestamp, notificationPointId, notificationPointStatus,
                resultData
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            header = try container.decode(RequestHeader.self, forKey: .header)
            eid = try container.decodeEIDIfPresent(forKey: .eid)
            iccid = try container.decodeICCID(forKey: .iccid)
            profileType = try container.decode(String.self, forKey: .profileType)
            timestamp = try container.decodeTimestamp(forKey: .timestamp)
            notificationPointId = try container.decode(NotificationPoint.self, forKey: .notificationPointId)
            notificationPointStatus = try container.decode(
                FunctionExecutionStatus.self, forKey: .notificationPointStatus)
            resultData = try container.decodeBase64BinaryIfPresent(forKey: .resultData)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(header, forKey: .header)
            try container.encodeEIDIfPresent(eid, forKey: .eid)
            try container.encodeICCID(iccid, forKey: .iccid)
            try container.encode(profileType, forKey: .profileType)
            try container.encodeTimestamp(timestamp, forKey: .timestamp)
            try container.encode(notificationPointId, forKey: .notificationPointId)
            try container.encode(notificationPointStatus, forKey: .notificationPointStatus)
            try container.encodeBase64BinaryIfPresent(resultData, forKey: .resultData)
        }
    }
}
