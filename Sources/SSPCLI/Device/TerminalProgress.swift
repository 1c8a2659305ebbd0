import Foundation
import LPA
import Synchronization

/// Shows a download's progress on standard error: one line per step, and a bar that redraws in place while
/// the segments go to the card (on a terminal; elsewhere the first and last segment only).
final class TerminalProgress: Sendable {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let lastSegment = Mutex<Int>(0)

    /// Reports one event.
    func report(_ event: DownloadProgress) {
        switch event {
        case .step(let step):
            finishBar()
            write("• \(Self.capitalized(step.description))\n")
        case .segment(let segment, let count):
            lastSegment.withLock { $0 = segment }
            if isTerminal {
                let width = 30
                let filled = count == 0 ? width : width * segment / count
                let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                write("\r  [\(bar)] segment \(segment) of \(count)")
            } else if segment == 1 || segment == count {
                write("  segment \(segment) of \(count)\n")
            }
        case .cancelling(let reason):
            finishBar()
            write("• Cancelling the session (\(SessionCancellation.name(reason)))\n")
        case .installed(let iccid):
            finishBar()
            write("• Installed the profile \(iccid)\n")
        }
    }

    private func finishBar() {
        let drawing = lastSegment.withLock { value in
            defer { value = 0 }
            return value > 0
        }
        if drawing && isTerminal { write("\n") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
