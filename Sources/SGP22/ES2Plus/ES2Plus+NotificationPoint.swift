extension ES2Plus {
    /// The step of a download a HandleDownloadProgressInfo call reports (`notificationPointId`).
    ///
    /// An integer on the wire; the four download steps SGP.22 numbers are named here, and any other value
    /// (later steps, operator-agreed extensions) is carried unchanged.
    public struct NotificationPoint: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByIntegerLiteral {
        /// The number on the wire.
        public var rawValue: Int

        /// Wraps a number.
        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        public init(integerLiteral value: Int) {
            self.init(rawValue: value)
        }

        /// 1: eligibility and retry limit check (ES9+ AuthenticateClient).
        public static let eligibilityAndRetryLimitCheck: NotificationPoint = 1
        /// 2: the confirmation code failed.
        public static let confirmationFailure: NotificationPoint = 2
        /// 3: the bound profile package was downloaded (ES9+ GetBoundProfilePackage).
        public static let bppDownload: NotificationPoint = 3
        /// 4: the bound profile package was installed, or not (ES9+ HandleNotification with the result).
        public static let bppInstallation: NotificationPoint = 4

        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(Int.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
}
