import Crypto
import CryptoExtras
import Testing

@testable import SSPCrypto

@Suite("BSP (SCP03t) session")
struct BSPSessionTests {
    static func sessionKeys() throws -> BSPSessionKeys {
        typealias V = PySimBSPVectors.KDF2
        return try BSPSessionKeys(
            encryptionKey: [UInt8](hex: V.encryptionKey), macKey: [UInt8](hex: V.macKey),
            initialMacChainingValue: [UInt8](hex: V.initialMacChainingValue))
    }

    static func ppKeys() throws -> BSPSessionKeys {
        typealias V = PySimBSPVectors.ProfileSegments
        return try BSPSessionKeys(
            encryptionKey: [UInt8](hex: V.ppkEncryptionKey), macKey: [UInt8](hex: V.ppkMacKey),
            initialMacChainingValue: [UInt8](hex: V.initialMacChainingValue))
    }

    @Test("SM-DP+ side reproduces pysim's ciphering vectors")
    func pysimCiphering() throws {
        typealias C = PySimBSPVectors.Ciphering
        var session = BSPSession(keys: try Self.sessionKeys())
        #expect(
            try session.protectSegment([UInt8](hex: C.configureISDP), tag: .encryptedCommand)
                == [UInt8](hex: C.configureISDPSegment))
        #expect(
            try session.protect([UInt8](hex: C.storeMetadata), tag: .metadata)
                == [[UInt8](hex: C.storeMetadataSegment)])
        #expect(
            try session.protectSegment([UInt8](hex: C.replaceSessionKeys), tag: .encryptedCommand)
                == [UInt8](hex: C.replaceSessionKeysSegment))
        #expect(session.blockCounter == 4)

        typealias P = PySimBSPVectors.ProfileSegments
        session.replaceSessionKeys(with: try Self.ppKeys())
        #expect(session.blockCounter == 1)
        #expect(session.macChainingValue == [UInt8](hex: P.initialMacChainingValue))
        let segments = try session.protect(
            [UInt8](hex: P.segment0Plaintext) + [UInt8](hex: P.segment1Plaintext), tag: .profileElements)
        #expect(segments == [[UInt8](hex: P.segment0), [UInt8](hex: P.segment1)])
    }

    @Test("eUICC side unwraps pysim's ciphering vectors, taking the PPKs from ReplaceSessionKeys")
    func pysimDeciphering() throws {
        typealias C = PySimBSPVectors.Ciphering
        typealias P = PySimBSPVectors.ProfileSegments
        var session = BSPSession(keys: try Self.sessionKeys())
        #expect(
            try session.unprotectSegment([UInt8](hex: C.configureISDPSegment), expecting: .encryptedCommand)
                == [UInt8](hex: C.configureISDP))
        #expect(
            try session.unprotect([[UInt8](hex: C.storeMetadataSegment)], expecting: .metadata)
                == [UInt8](hex: C.storeMetadata))
        let rsk = try session.unprotectSegment([UInt8](hex: C.replaceSessionKeysSegment), expecting: .encryptedCommand)
        #expect(rsk == [UInt8](hex: C.replaceSessionKeys))
        session.replaceSessionKeys(with: try ReplaceSessionKeysReading.keys(from: rsk))
        let profile = try session.unprotect(
            [[UInt8](hex: P.segment0), [UInt8](hex: P.segment1)], expecting: .profileElements)
        #expect(profile == [UInt8](hex: P.segment0Plaintext) + [UInt8](hex: P.segment1Plaintext))
    }

    @Test(
        "wrap then unwrap at every size around the block and segment limits",
        arguments: [0, 1, 15, 16, 17, 1006, 1007, 1008, 1009, 2014, 2015, 2016, 5000])
    func roundTrip(size: Int) throws {
        var random = SeededBytes(seed: UInt64(size))
        let data = random.bytes(size)
        for tag in BSPSegmentTag.allCases {
            var smdp = BSPSession(keys: try Self.sessionKeys())
            var euicc = BSPSession(keys: try Self.sessionKeys())
            let segments = try smdp.protect(data, tag: tag)
            let limit = BSPSession.maximumPlaintextCount(for: tag)
            #expect(segments.count == (size + limit - 1) / limit)
            #expect(segments.allSatisfy { $0.count <= BSPSegment.maximumByteCount && $0.first == tag.rawValue })
            #expect(try euicc.unprotect(segments, expecting: tag) == data)
            #expect(euicc.macChainingValue == smdp.macChainingValue)
            #expect(euicc.blockCounter == smdp.blockCounter)
        }
    }

    @Test("the largest segments are exactly 1020 bytes")
    func largestSegments() throws {
        var session = BSPSession(keys: try Self.sessionKeys())
        let encrypted = try session.protectSegment([UInt8](repeating: 0xAA, count: 1007), tag: .profileElements)
        let macOnly = try session.protectSegment([UInt8](repeating: 0xAA, count: 1008), tag: .metadata)
        #expect(encrypted.count == 1020)
        #expect(macOnly.count == 1020)
        #expect(throws: SSPCryptoError.segmentTooLong(length: 1008, maximum: 1007)) {
            try session.protectSegment([UInt8](repeating: 0, count: 1008), tag: .profileElements)
        }
        #expect(throws: SSPCryptoError.segmentTooLong(length: 1009, maximum: 1008)) {
            try session.protectSegment([UInt8](repeating: 0, count: 1009), tag: .metadata)
        }
    }

    @Test("any flipped bit is caught by the C-MAC, and the session stays usable")
    func tamperedSegments() throws {
        var smdp = BSPSession(keys: try Self.sessionKeys())
        let segment = try smdp.protectSegment(Array("ConfigureISDP".utf8), tag: .encryptedCommand)
        for index in 2..<segment.count {
            var euicc = BSPSession(keys: try Self.sessionKeys())
            var tampered = segment
            tampered[index] ^= 0x01
            #expect(throws: SSPCryptoError.macMismatch(tag: 0x87, blockCounter: 1)) {
                try euicc.unprotectSegment(tampered, expecting: .encryptedCommand)
            }
            // Nothing moved: the genuine segment still goes through.
            #expect(euicc.blockCounter == 1)
            #expect(try euicc.unprotectSegment(segment, expecting: .encryptedCommand) == Array("ConfigureISDP".utf8))
        }
    }

    @Test("wrong keys, wrong order, wrong tag and replays are refused")
    func wrongContext() throws {
        var smdp = BSPSession(keys: try Self.sessionKeys())
        let first = try smdp.protectSegment([0xBF, 0x24, 0x00], tag: .encryptedCommand)
        let second = try smdp.protectSegment([0xBF, 0x25, 0x00], tag: .metadata)

        var otherKeys = BSPSession(keys: try Self.ppKeys())
        #expect(throws: SSPCryptoError.macMismatch(tag: 0x87, blockCounter: 1)) {
            try otherKeys.unprotectSegment(first, expecting: .encryptedCommand)
        }
        var euicc = BSPSession(keys: try Self.sessionKeys())
        #expect(throws: SSPCryptoError.macMismatch(tag: 0x88, blockCounter: 1)) {
            try euicc.unprotectSegment(second, expecting: .metadata)
        }
        #expect(throws: SSPCryptoError.unexpectedSegmentTag(expected: 0x86, actual: 0x87)) {
            try euicc.unprotectSegment(first, expecting: .profileElements)
        }
        _ = try euicc.unprotectSegment(first, expecting: .encryptedCommand)
        #expect(throws: SSPCryptoError.macMismatch(tag: 0x87, blockCounter: 2)) {
            try euicc.unprotectSegment(first, expecting: .encryptedCommand)  // replay
        }
        // A failing segment in a batch leaves the whole batch unapplied.
        let before = euicc
        #expect(throws: SSPCryptoError.self) { try euicc.unprotect([second, second], expecting: .metadata) }
        #expect(euicc.blockCounter == before.blockCounter && euicc.macChainingValue == before.macChainingValue)
    }

    @Test("truncated segments are refused")
    func truncated() throws {
        var smdp = BSPSession(keys: try Self.sessionKeys())
        let segment = try smdp.protectSegment([UInt8](repeating: 1, count: 300), tag: .profileElements)
        for length in [0, 1, 2, 3, 4, 20, segment.count - 8, segment.count - 1] {
            var euicc = BSPSession(keys: try Self.sessionKeys())
            #expect(throws: SSPCryptoError.self) {
                try euicc.unprotectSegment(segment.prefix(length), expecting: .profileElements)
            }
        }
    }

    @Test(
        "validly MACed content with bad padding or bad length is refused",
        arguments: [
            [UInt8](repeating: 0, count: 16),  // no '80' at all
            [UInt8](repeating: 0x41, count: 16),  // no padding
            [UInt8](repeating: 0x41, count: 15) + [0x01],  // PKCS#7-style
            [0x80] + [UInt8](repeating: 0, count: 31),  // '80' followed by more than fifteen '00'
            [UInt8](repeating: 0x41, count: 14) + [0x80, 0x41],  // data after the '80'
        ])
    func badPadding(padded: [UInt8]) throws {
        let keys = try Self.sessionKeys()
        let segment = try Self.forge(tag: 0x86, content: Self.encrypt(padded, keys: keys, counter: 1), keys: keys)
        var euicc = BSPSession(keys: keys)
        #expect(throws: SSPCryptoError.invalidPadding(tag: 0x86, blockCounter: 1)) {
            try euicc.unprotectSegment(segment, expecting: .profileElements)
        }
    }

    @Test("validly MACed ciphertext that is empty, not block-aligned, or shorter than a MAC is refused")
    func badCiphertextLength() throws {
        let keys = try Self.sessionKeys()
        for content in [[], [UInt8](repeating: 7, count: 15), [UInt8](repeating: 7, count: 33)] {
            var euicc = BSPSession(keys: keys)
            #expect(throws: SSPCryptoError.self) {
                let segment = try Self.forge(tag: 0x87, content: content, keys: keys)
                return try euicc.unprotectSegment(segment, expecting: .encryptedCommand)
            }
        }
        var euicc = BSPSession(keys: keys)
        #expect(throws: SSPCryptoError.self) {
            try euicc.unprotectSegment([0x88, 0x07, 1, 2, 3, 4, 5, 6, 7], expecting: .metadata)
        }
        // A MAC-only segment may be empty apart from its MAC.
        #expect(try euicc.unprotectSegment(Self.forge(tag: 0x88, content: [], keys: keys), expecting: .metadata) == [])
    }

    @Test("random segments never crash the eUICC side")
    func randomSegments() throws {
        var random = SeededBytes(seed: 22)
        for _ in 0..<2000 {
            var euicc = BSPSession(keys: try Self.sessionKeys())
            let tag = BSPSegmentTag.allCases[random.below(3)]
            let body = random.bytes(random.below(64))
            _ = try? euicc.unprotectSegment([tag.rawValue] + BERLength.encode(body.count) + body, expecting: tag)
            _ = try? euicc.unprotectSegment(random.bytes(random.below(40)), expecting: tag)
        }
    }

    // MARK: - Forging segments with a correct MAC, to reach the checks behind it

    /// AES-CBC under S-ENC with the ICV of `counter`, no padding added.
    static func encrypt(_ padded: [UInt8], keys: BSPSessionKeys, counter: UInt8) throws -> [UInt8] {
        let key = SymmetricKey(data: keys.encryptionKey)
        var icv = [UInt8](repeating: 0, count: 15) + [counter]
        try AES.permute(&icv, key: key)
        return Array(try AES._CBC.encrypt(padded, using: key, iv: AES._CBC.IV(ivBytes: icv), noPadding: true))
    }

    /// tag ‖ L ‖ content ‖ C-MAC, MACed with the initial chaining value of `keys`.
    static func forge(tag: UInt8, content: [UInt8], keys: BSPSessionKeys) throws -> [UInt8] {
        let header = [tag] + BERLength.encode(content.count + 8)
        var mac = try AES.CMAC(key: SymmetricKey(data: keys.macKey))
        mac.update(data: keys.initialMacChainingValue + header + content)
        return header + content + mac.finalize().withUnsafeBytes { Array($0.prefix(8)) }
    }
}
