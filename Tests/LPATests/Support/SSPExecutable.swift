import Foundation

/// The built `ssp` executable, run as a user would run it: arguments, standard input, exit status and output.
enum SSPExecutable {
    /// What one run gave back.
    struct Run: Sendable {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// `ssp` beside the test binary (`.build/<configuration>/`), or in the repository's `.build/debug/`.
    static let url: URL? = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("ssp"))
        }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        candidates.append(root.appendingPathComponent(".build/debug/ssp"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Whether the executable was found (the CLI tests need `swift build --build-tests`, which builds it).
    static var isAvailable: Bool { url != nil }

    /// Runs `ssp arguments…` with `input` on standard input; never blocks a concurrency thread while waiting.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) async throws -> Run {
        guard let url else { throw LabFailure("the ssp executable was not built") }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "SSP_DEVICE")
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        return try await withCheckedThrowingContinuation { continuation in
            let group = DispatchGroup()
            let collected = Collected()
            for (pipe, keyPath) in [(stdout, \Collected.output), (stderr, \Collected.error)] {
                group.enter()
                DispatchQueue.global().async {
                    let data = pipe.fileHandleForReading.readDataToEndOfFile()
                    collected.set(keyPath, data)
                    group.leave()
                }
            }
            group.enter()
            process.terminationHandler = { _ in group.leave() }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
                return
            }
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
            group.notify(queue: .global()) {
                continuation.resume(
                    returning: Run(
                        status: process.terminationStatus, standardOutput: collected.text(\.output),
                        standardError: collected.text(\.error)))
            }
        }
    }

    /// Output gathered from two reader threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        var output = Data()
        var error = Data()

        func set(_ keyPath: ReferenceWritableKeyPath<Collected, Data>, _ data: Data) {
            lock.withLock { self[keyPath: keyPath] = data }
        }

        func text(_ keyPath: KeyPath<Collected, Data>) -> String {
            lock.withLock { String(decoding: self[keyPath: keyPath], as: UTF8.self) }
        }
    }
}
