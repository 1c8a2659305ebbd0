import Foundation
import Testing

extension Array where Element == UInt8 {
    /// Bytes from a hex string; whitespace is ignored. Traps on bad test data, which is a bug in the test.
    init(hex: String) {
        let digits = hex.filter { !$0.isWhitespace }
        precondition(digits.count.isMultiple(of: 2), "odd number of hex digits in test data")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = digits.startIndex
        while index < digits.endIndex {
            let next = digits.index(index, offsetBy: 2)
            guard let byte = UInt8(digits[index..<next], radix: 16) else {
                preconditionFailure("invalid hex digits in test data: \(digits[index..<next])")
            }
            bytes.append(byte)
            index = next
        }
        self = bytes
    }

    /// Bytes from Base64 text with line breaks.
    init(base64: String) {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
            preconditionFailure("invalid Base64 in test data")
        }
        self = Array(data)
    }

    var hexString: String { map { String(format: "%02x", $0) }.joined() }
}

/// Files under the shared reference data folder that sits beside the repository clone.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // …/Tests/SSPCryptoTests
        .deletingLastPathComponent()  // …/Tests
        .deletingLastPathComponent()  // the repository root
        .deletingLastPathComponent()  // the folder holding the clone and shared/
        .appendingPathComponent("shared/data")

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(path)))
    }

    static func text(_ path: String) throws -> String {
        try String(decoding: bytes(path), as: UTF8.self)
    }
}

/// Deterministic pseudo-random bytes for hostile-input loops (SplitMix64), so failures reproduce.
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
