import SGP22

/// The numbers SGP.22 leaves to the SM-DP+: attempt limits, lifetimes and callback retries.
///
/// Every field may be left out of a configuration file; the defaults are the ones documented in docs/smdp.md.
public struct SMDPLimits: Codable, Hashable, Sendable {
    /// Wrong confirmation codes an order tolerates; the last one locks the order (default 3).
    public var confirmationCodeAttempts: Int
    /// RSP sessions (successful AuthenticateClient calls) an order allows (default 5).
    public var downloadAttempts: Int
    /// Seconds from InitiateAuthentication until the session is no longer usable (default 600).
    public var sessionLifetime: Double
    /// Seconds from DownloadOrder until the order can no longer be downloaded (default 30 days).
    public var orderLifetime: Double
    /// Deliveries tried for each HandleDownloadProgressInfo callback (default 3).
    public var callbackAttempts: Int
    /// Seconds before the first callback retry; each further retry waits twice as long (default 1).
    public var callbackRetryDelay: Double
    /// The largest JSON request body accepted, in bytes (default 16 MiB).
    public var maximumRequestSize: Int

    /// The defaults, or the values given.
    public init(
        confirmationCodeAttempts: Int = 3, downloadAttempts: Int = 5, sessionLifetime: Double = 600,
        orderLifetime: Double = 30 * 24 * 3600, callbackAttempts: Int = 3, callbackRetryDelay: Double = 1,
        maximumRequestSize: Int = RSPJSON.defaultMaximumSize
    ) {
        self.confirmationCodeAttempts = confirmationCodeAttempts
        self.downloadAttempts = downloadAttempts
        self.sessionLifetime = sessionLifetime
        self.orderLifetime = orderLifetime
        self.callbackAttempts = callbackAttempts
        self.callbackRetryDelay = callbackRetryDelay
        self.maximumRequestSize = maximumRequestSize
    }

    private enum CodingKeys: String, CodingKey {
        case confirmationCodeAttempts, downloadAttempts, sessionLifetime, orderLifetime, callbackAttempts
        case callbackRetryDelay, maximumRequestSize
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SMDPLimits()
        confirmationCodeAttempts =
            try container.decodeIfPresent(Int.self, forKey: .confirmationCodeAttempts)
            ?? defaults.confirmationCodeAttempts
        downloadAttempts =
            try container.decodeIfPresent(Int.self, forKey: .downloadAttempts) ?? defaults.downloadAttempts
        sessionLifetime =
            try container.decodeIfPresent(Double.self, forKey: .sessionLifetime) ?? defaults.sessionLifetime
        orderLifetime = try container.decodeIfPresent(Double.self, forKey: .orderLifetime) ?? defaults.orderLifetime
        callbackAttempts =
            try container.decodeIfPresent(Int.self, forKey: .callbackAttempts) ?? defaults.callbackAttempts
        callbackRetryDelay =
            try container.decodeIfPresent(Double.self, forKey: .callbackRetryDelay) ?? defaults.callbackRetryDelay
        maximumRequestSize =
            try container.decodeIfPresent(Int.self, forKey: .maximumRequestSize) ?? defaults.maximumRequestSize
        try validate()
    }

    /// Refuses values that would make the server unusable.
    public func validate() throws {
        func check(_ condition: Bool, _ what: String) throws {
            if !condition { throw SMDPConfigurationError.invalidValue(field: "limits.\(what)", reason: "must be > 0") }
        }
        try check(confirmationCodeAttempts > 0, "confirmationCodeAttempts")
        try check(downloadAttempts > 0, "downloadAttempts")
        try check(sessionLifetime > 0, "sessionLifetime")
        try check(orderLifetime > 0, "orderLifetime")
        try check(callbackAttempts > 0, "callbackAttempts")
        try check(callbackRetryDelay >= 0 && callbackRetryDelay.isFinite, "callbackRetryDelay")
        try check(maximumRequestSize > 0, "maximumRequestSize")
    }
}
