import Foundation

/// The shared reference data beside the repository: `<repo>/../shared/data`.
enum TestData {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SAIPTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data")

    /// The names of every TS.48 package in `ts48/`, sorted.
    static let ts48Names: [String] = {
        let folder = directory.appendingPathComponent("ts48")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".der") }.sorted()
    }()

    /// The bytes of `ts48/<name>`.
    static func ts48(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent("ts48").appendingPathComponent(name)))
    }
}

/// A small deterministic generator (SplitMix64) so that randomised tests can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// A TLV with a DER length, for building test input by hand.
func tlv(_ tag: [UInt8], _ content: [UInt8]) -> [UInt8] {
    tag + derLength(content.count) + content
}

/// The DER encoding of a length.
func derLength(_ length: Int) -> [UInt8] {
    if length < 0x80 { return [UInt8(length)] }
    var bytes: [UInt8] = []
    var value = length
    while value > 0 {
        bytes.insert(UInt8(value & 0xFF), at: 0)
        value >>= 8
    }
    return [0x80 | UInt8(bytes.count)] + bytes
}
