import Foundation

/// Reference data beside the clone and temporary folders for one test.
enum TestFolders {
    /// `../shared/data` from the repository root.
    static let sharedData: URL = {
        var url = URL(fileURLWithPath: #filePath)
        // …/Tests/LPATests/Support/TestFolders.swift → repository root
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// A fresh empty folder.
    static func temporary(_ label: String = "lpa-tests") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Bytes from hex digits; spaces are ignored. Test literals only.
func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.filter { !$0.isWhitespace })
    precondition(digits.count % 2 == 0, "odd number of hex digits in \(text)")
    return stride(from: 0, to: digits.count, by: 2).map { index in
        guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else {
            preconditionFailure("not hex: \(text)")
        }
        return byte
    }
}
