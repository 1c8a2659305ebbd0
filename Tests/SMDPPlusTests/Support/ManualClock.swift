import Foundation

/// A clock a test moves forward by hand, to let sessions and orders expire without waiting.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var offset: TimeInterval = 0

    /// The current time: the real time plus every advance so far.
    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return Date().addingTimeInterval(offset)
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        offset += seconds
        lock.unlock()
    }

    /// The clock as the SM-DP+ takes it.
    var function: @Sendable () -> Date { { [self] in self.now } }
}
