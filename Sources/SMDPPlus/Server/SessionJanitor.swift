import Foundation
import Logging
import ServiceLifecycle

/// Deletes RSP sessions a day after they expired, every ten minutes, so the session table does not grow without
/// bound. Sessions whose package was delivered are kept: their installation result may come much later.
struct SessionJanitor: Service, CustomStringConvertible {
    let storage: any SMDPStorage
    let clock: @Sendable () -> Date
    let logger: Logger
    var retention: TimeInterval = 24 * 3600
    var interval: Duration = .seconds(600)

    var description: String { "SessionJanitor" }

    func run() async throws {
        // The wait between rounds ends at once when the application shuts down.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await purge()
                try await Task.sleep(for: interval)
            }
        }
    }

    func purge() async {
        do {
            let purged = try await storage.purgeSessions(before: clock().addingTimeInterval(-retention))
            if purged > 0 { logger.info("purged \(purged) old RSP sessions") }
        } catch {
            logger.error("purging old RSP sessions failed: \(error)")
        }
    }
}
