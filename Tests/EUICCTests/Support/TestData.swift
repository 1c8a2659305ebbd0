import Foundation

/// Reference data beside the clone: `../shared/data` from the repository root.
enum TestData {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        // …/Tests/EUICCTests/Support/TestData.swift → repository root
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(path)))
    }

    static func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// A fresh empty folder for one test's card files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("euicc-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
