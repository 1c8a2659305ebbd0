import Foundation
import SSPLab

/// Where the tests find the repository, the reference data and the built `ssp` executable.
enum Paths {
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sharedData = repository.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let ts48 = sharedData.appendingPathComponent("ts48")
    static let scripts = repository.appendingPathComponent("Tests/IntegrationTests/Scripts")

    /// The `ssp` executable that `swift build`/`swift test` put beside the test bundle.
    static var ssp: URL {
        get throws {
            let candidates = [
                Bundle.main.bundleURL.appendingPathComponent("ssp"),
                Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("ssp"),
                repository.appendingPathComponent(".build/debug/ssp"),
            ]
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
                throw LabError("the ssp executable was not built (looked in \(candidates.map(\.path)))")
            }
            return found
        }
    }

    static func temporary(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ssp-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A child process of the test (the card served by `ssp card serve`, a Python PC/SC client).
final class ChildProcess: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()

    init(_ executable: URL, _ arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    /// Kills the process at once, as a power cut would (SIGKILL: no handler, no flush).
    func powerCut() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the process to end and returns its exit status and everything it printed.
    func finish() -> (status: Int32, output: String) {
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
