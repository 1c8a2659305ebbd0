/// How the vpcd bridge retries when vpcd is not there or goes away: exponential backoff between attempts.
public struct VPCDReconnectPolicy: Hashable, Sendable {
    /// Seconds before the first retry.
    public var initialDelay: Double
    /// The longest wait between retries, in seconds.
    public var maximumDelay: Double
    /// The factor applied to the wait after each failed attempt.
    public var multiplier: Double

    /// A policy; values are clamped to sensible minimums (1 ms, and a multiplier of at least 1).
    public init(initialDelay: Double = 0.5, maximumDelay: Double = 10, multiplier: Double = 2) {
        self.initialDelay = max(initialDelay, 0.001)
        self.maximumDelay = max(maximumDelay, self.initialDelay)
        self.multiplier = max(multiplier, 1)
    }

    /// 0.5 s, doubling up to 10 s.
    public static let standard = VPCDReconnectPolicy()

    /// The wait after `delay`.
    func next(after delay: Double) -> Double {
        min(delay * multiplier, maximumDelay)
    }
}
