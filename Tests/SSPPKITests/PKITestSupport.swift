import Foundation
import SSPPKI

/// Shared helpers of the PKI tests.
enum PKITestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `shared/data`, which sits beside the clone.
    static let sharedData: URL = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared").appendingPathComponent("data")

    /// The SGP.26 test certificates.
    static let sgp26: URL = sharedData.appendingPathComponent("sgp26")

    /// Reads one SGP.26 certificate, e.g. `"DPauth/CERT_S_SM_DPauth_ECDSA_NIST.der"`.
    static func sgp26Certificate(_ path: String) throws -> PKICertificate {
        let data = try Data(contentsOf: sgp26.appendingPathComponent(path))
        return try PKICertificate(derEncoded: Array(data))
    }

    /// An instant inside the SGP.26 certificates' validity (2020-04-01 … 2030-03-30).
    static let sgp26CheckTime = ISO8601DateFormatter().date(from: "2025-06-01T00:00:00Z") ?? Date()

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ssppki-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh lab hierarchy with TLS names for `smdp.example.com`, `localhost` and 127.0.0.1.
    static func makeHierarchy() throws -> TestHierarchy {
        var options = TestHierarchy.Options()
        options.hosts = ["smdp.example.com", "localhost"]
        options.ipAddresses = ["127.0.0.1"]
        return try TestHierarchy.generate(options)
    }

    /// The result of running a program.
    struct ProcessResult {
        var status: Int32
        var output: String
    }

    /// Runs `executable` with `arguments`, collecting standard output and error together.
    static func run(_ executable: String, _ arguments: [String]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
