import Foundation

/// Reference data beside the clone (`../shared/data` from the repository root) and scratch folders.
enum TestData {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        // …/Tests/SMDPPlusTests/Support/TestData.swift → repository root
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    static func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(path)))
    }

    /// The TS.48 profile packages folder.
    static var ts48: URL { url("ts48") }

    /// The SGP.26 test certificates folder.
    static var sgp26: URL { url("sgp26") }

    /// A fresh empty folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smdp-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
