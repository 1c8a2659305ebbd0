import Foundation

/// Hands the result of async work to a thread that blocks for it (the vpcd bridge's I/O thread).
///
/// Only for dedicated threads: blocking a thread of Swift's cooperative pool this way could starve it.
final class BlockingResult<Value: Sendable>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var value: Value

    private init(_ initial: Value) {
        value = initial
    }

    /// Runs `work` in a task and blocks the calling thread until it returns.
    ///
    /// - Parameter placeholder: held until the task stores its result; never returned, as the task always
    ///   stores before it signals.
    static func wait(placeholder: Value, for work: @escaping @Sendable () async -> Value) -> Value {
        let box = BlockingResult(placeholder)
        Task {
            let result = await work()
            box.value = result
            box.ready.signal()
        }
        box.ready.wait()
        return box.value
    }
}
