import SGP22

/// Why LoadBoundProfilePackage stopped, as ProfileInstallationResult reports it: the command of the package
/// that failed (BppCommandId) and the reason (ErrorReason).
struct InstallationFailure: Error, Hashable, Sendable, CustomStringConvertible {
    let command: BppCommandId
    let reason: ErrorReason
    /// What exactly was wrong, for logs.
    let detail: String

    init(_ command: BppCommandId, _ reason: ErrorReason, _ detail: String) {
        self.command = command
        self.reason = reason
        self.detail = detail
    }

    var description: String { "\(command) failed with \(reason): \(detail)" }
}
