import Foundation
import SGP22
import SwiftASN1
import Testing

@testable import SAIP

/// Hostile and broken packages: every one must be refused with an error, never a crash or a hang.
@Suite("Malformed profile packages")
struct MalformedPackageTests {
    static let sample = "TS48V1-A-UNIQUE.der"

    @Test("a package cut at every length from 0 to N-1 is refused")
    func truncatedEverywhere() throws {
        let bytes = try TestData.ts48(Self.sample)
        for length in 0..<bytes.count {
            #expect(throws: ProfilePackageError.self, "cut at \(length)") {
                try ProfilePackage(bytes: bytes.prefix(length))
            }
        }
    }

    @Test("every other package cut at a sample of lengths is refused", arguments: TestData.ts48Names)
    func truncatedSamples(name: String) throws {
        let bytes = try TestData.ts48(name)
        var generator = SeededGenerator(seed: UInt64(bytes.count))
        var cuts = [0, 1, 2, 3, 139, 140, bytes.count - 9, bytes.count - 1]
        cuts += (0..<100).map { _ in Int.random(in: 0..<bytes.count, using: &generator) }
        for length in cuts {
            #expect(throws: ProfilePackageError.self, "\(name) cut at \(length)") {
                try ProfilePackage(bytes: bytes.prefix(length))
            }
        }
    }

    @Test("cuts at element boundaries name the missing PE-End")
    func truncatedAtBoundary() throws {
        let package = try ProfilePackage(bytes: TestData.ts48(Self.sample))
        let withoutEnd = package.elements.dropLast().flatMap(\.encoded)
        #expect(throws: ProfilePackageError.missingEnd(last: .rfm)) { try ProfilePackage(bytes: withoutEnd) }
        let headerOnly = package.elements[0].encoded
        #expect(throws: ProfilePackageError.missingEnd(last: .header)) { try ProfilePackage(bytes: headerOnly) }
        #expect(throws: ProfilePackageError.empty) { try ProfilePackage(bytes: []) }
        #expect(throws: ProfilePackageError.empty) { try ProfilePackage(elements: []) }
    }

    @Test("element order is enforced")
    func order() throws {
        let package = try ProfilePackage(bytes: TestData.ts48(Self.sample))
        let elements = package.elements
        #expect(throws: ProfilePackageError.headerNotFirst(found: .mf)) {
            try ProfilePackage(bytes: elements.dropFirst().flatMap(\.encoded))
        }
        #expect(throws: ProfilePackageError.duplicateHeader(index: 1)) {
            try ProfilePackage(elements: [elements[0]] + elements)
        }
        #expect(throws: ProfilePackageError.elementAfterEnd(index: elements.count - 1)) {
            try ProfilePackage(elements: elements + [elements[1]])
        }
    }

    @Test("wrong tags at the top level are refused with the tag named")
    func wrongTags() throws {
        let bytes = try TestData.ts48(Self.sample)
        for (first, text) in [(UInt8(0x30), "30"), (0x80, "80"), (0x60, "60"), (0xE0, "E0"), (0x20, "20")] {
            var changed = bytes
            changed[0] = first
            #expect(throws: ProfilePackageError.notAProfileElement(offset: 0, tag: text)) {
                try ProfilePackage(bytes: changed)
            }
        }
        // A package wrapped in a SEQUENCE is not the SAIP format.
        let wrapped = tlv([0x30], bytes)
        #expect(throws: ProfilePackageError.notAProfileElement(offset: 0, tag: "30")) {
            try ProfilePackage(bytes: wrapped)
        }
        // A primitive element after a good header.
        let header = try ProfilePackage(bytes: bytes).elements[0].encoded
        #expect(throws: ProfilePackageError.notAProfileElement(offset: header.count, tag: "8A")) {
            try ProfilePackage(bytes: header + [0x8A, 0x00])
        }
    }

    @Test("malformed tags and lengths are refused")
    func malformedHeaders() {
        let cases: [([UInt8], ProfilePackageError)] = [
            ([0xA0], .truncatedHeader(offset: 0)),
            ([0xBF], .truncatedHeader(offset: 0)),
            ([0xBF, 0x81], .truncatedHeader(offset: 0)),
            ([0xBF, 0x1E, 0x00], .malformedTag(offset: 0)),
            ([0xBF, 0x80, 0x01, 0x00], .malformedTag(offset: 0)),
            ([0xBF, 0x81, 0x81, 0x81, 0x81, 0x01, 0x00], .malformedTag(offset: 0)),
            ([0xA0, 0x80, 0x00, 0x00], .indefiniteLength(offset: 0)),
            ([0xA0, 0x85, 0, 0, 0, 0, 1], .unsupportedLength(offset: 0)),
            ([0xA0, 0xFF], .unsupportedLength(offset: 0)),
            ([0xA0, 0x82, 0x01], .truncatedHeader(offset: 0)),
            ([0xA0, 0x05, 0x80, 0x00], .lengthPastEnd(offset: 0, length: 5, available: 2)),
            ([0xA0, 0x84, 0xFF, 0xFF, 0xFF, 0xFF], .lengthPastEnd(offset: 0, length: 0xFFFF_FFFF, available: 0)),
            ([0xA0, 0x04, 0x30, 0x05, 0x80, 0x00], .lengthPastEnd(offset: 2, length: 5, available: 2)),
            ([0xA0, 0x03, 0x30, 0x01, 0x80, 0x00], .truncatedHeader(offset: 4)),
        ]
        for (bytes, expected) in cases {
            #expect(throws: expected) { try ProfilePackage(bytes: bytes) }
            #expect(!expected.description.isEmpty)
        }
    }

    @Test("10 000 nested constructed tags are refused without recursion")
    func deepNesting() {
        let nested = Self.nested(levels: 10_000, tag: 0xA0)
        Self.expectNestingTooDeep { try ProfilePackage(bytes: nested) }
        Self.expectNestingTooDeep { try ProfileElement(encoded: nested) }
    }

    @Test("a header holding 60 nested SEQUENCEs is refused")
    func nestedSequences() throws {
        let package = try ProfilePackage(bytes: TestData.ts48(Self.sample))
        let rest = package.elements.dropFirst().flatMap(\.encoded)
        let deep = tlv([0xA0], Self.nested(levels: 60, tag: 0x30))
        Self.expectNestingTooDeep { try ProfilePackage(bytes: deep + rest) }
        // Within the nesting limit the structure passes, and the header's own decoder refuses it.
        let shallow = tlv([0xA0], Self.nested(levels: 20, tag: 0x30))
        do {
            _ = try ProfilePackage(bytes: shallow + rest)
            Issue.record("a header of nested SEQUENCEs was accepted")
        } catch {
            guard case .invalidElement(index: 0, type: .header, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    @Test("random byte changes never crash the reader")
    func randomCorruption() throws {
        let bytes = try TestData.ts48(Self.sample)
        var generator = SeededGenerator(seed: 48)
        for _ in 0..<400 {
            var changed = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                changed[Int.random(in: 0..<changed.count, using: &generator)] = UInt8.random(
                    in: 0...255, using: &generator)
            }
            guard let package = try? ProfilePackage(bytes: changed) else { continue }
            // Whatever is accepted is kept byte for byte, and the typed views throw or answer.
            #expect(package.encoded == changed)
            _ = try? package.imsi
            _ = try? package.akaParameters
            _ = try? package.efICCID
            _ = try? package.serviceProviderName
        }
    }

    /// Expects `body` to refuse its input for nesting deeper than the scanner's limit.
    static func expectNestingTooDeep<T>(_ body: () throws -> T) {
        do {
            _ = try body()
            Issue.record("deep nesting was accepted")
        } catch {
            guard case .nestingTooDeep(_, limit: BERTLVScanner.maximumDepth)? = error as? ProfilePackageError else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    /// `levels` TLVs with `tag`, each holding the next; the innermost is empty. Built outside-in in linear time.
    static func nested(levels: Int, tag: UInt8) -> [UInt8] {
        var lengths = [0]
        for _ in 1..<levels {
            let inner = lengths[lengths.count - 1]
            lengths.append(1 + derLength(inner).count + inner)
        }
        var bytes: [UInt8] = []
        for length in lengths.reversed() {
            bytes.append(tag)
            bytes += derLength(length)
        }
        return bytes
    }
}
