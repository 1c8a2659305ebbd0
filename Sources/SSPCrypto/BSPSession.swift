import Crypto
import CryptoExtras

/// A BSP (BPP Security Protocol, formerly SCP03t) session, SGP.22 sections 2.5.4 and 2.6.4: the state both
/// the SM-DP+ (protecting) and the eUICC (verifying and decrypting) keep while a Bound Profile Package
/// passes between them.
///
/// For every segment, in order:
/// - encrypted segments ('86', '87'): the content is padded with '80' and zero to fifteen '00' bytes to a
///   multiple of 16, then AES-128-CBC encrypted under S-ENC with the ICV = AES(S-ENC, block counter as a
///   16-byte big-endian block);
/// - the C-MAC is AES-CMAC(S-MAC, MAC chaining value ‖ tag ‖ final length ‖ content); the segment carries its
///   first 8 bytes and all 16 become the next MAC chaining value;
/// - the block counter, starting at 1, goes up by one for every segment, MAC-only ('88') ones included.
///
/// ReplaceSessionKeys switches to PPK-ENC / PPK-MAC and a fresh initial MAC chaining value, with the block
/// counter back at 1. A failed check leaves the session unchanged.
public struct BSPSession: Sendable {
    /// Length of the C-MAC carried in a segment.
    public static let macByteCount = 8
    private static let blockSize = 16

    /// The keys in force (session keys, or PPKs after ``replaceSessionKeys(with:)``).
    public private(set) var keys: BSPSessionKeys
    /// The MAC chaining value the next segment is MACed with.
    public private(set) var macChainingValue: [UInt8]
    /// The block counter of the next segment.
    public private(set) var blockCounter: UInt64

    /// Starts a session with the keys from the KDF.
    public init(keys: BSPSessionKeys) {
        self.keys = keys
        self.macChainingValue = keys.initialMacChainingValue
        self.blockCounter = 1
    }

    /// Applies ReplaceSessionKeys: PPK-ENC, PPK-MAC and their initial MAC chaining value take over, and the
    /// block counter starts again at 1.
    public mutating func replaceSessionKeys(with newKeys: BSPSessionKeys) {
        self = BSPSession(keys: newKeys)
    }

    /// The most plaintext one segment with `tag` can carry within the 1020-byte limit: 1008 bytes for
    /// MAC-only segments, 1007 for encrypted ones (padding adds at least one byte).
    public static func maximumPlaintextCount(for tag: BSPSegmentTag) -> Int {
        // Tag, three-byte length field ('82' xx xx) and MAC.
        let content = BSPSegment.maximumByteCount - 1 - 3 - macByteCount
        return tag.isEncrypted ? content / blockSize * blockSize - 1 : content
    }

    // MARK: - Protecting (SM-DP+)

    /// Protects one segment's worth of plaintext and returns the segment TLV.
    public mutating func protectSegment(_ plaintext: some Collection<UInt8>, tag: BSPSegmentTag) throws -> [UInt8] {
        let maximum = Self.maximumPlaintextCount(for: tag)
        guard plaintext.count <= maximum else {
            throw SSPCryptoError.segmentTooLong(length: plaintext.count, maximum: maximum)
        }
        let content = tag.isEncrypted ? try encrypt(Self.pad(Array(plaintext))) : Array(plaintext)
        let header = [tag.rawValue] + BERLength.encode(content.count + Self.macByteCount)
        let fullMAC = try cmac(header + content)
        let segment = try BSPSegment(tag: tag, value: content + fullMAC.prefix(Self.macByteCount))
        macChainingValue = fullMAC
        blockCounter += 1
        return segment.encoded
    }

    /// Splits `data` into as many segments as needed and protects each one in order.
    public mutating func protect(_ data: some Collection<UInt8>, tag: BSPSegmentTag) throws -> [[UInt8]] {
        let maximum = Self.maximumPlaintextCount(for: tag)
        var remaining = Array(data)[...]
        var segments: [[UInt8]] = []
        while !remaining.isEmpty {
            segments.append(try protectSegment(remaining.prefix(maximum), tag: tag))
            remaining = remaining.dropFirst(maximum)
        }
        return segments
    }

    // MARK: - Verifying and decrypting (eUICC)

    /// Verifies one segment TLV, decrypts it if its tag calls for it, and returns the plaintext.
    /// - Parameter tag: the tag expected at this point of the Bound Profile Package.
    public mutating func unprotectSegment(
        _ encoded: some Collection<UInt8>,
        expecting tag: BSPSegmentTag
    ) throws -> [UInt8] {
        let segment = try BSPSegment(encoded: encoded)
        guard segment.tag == tag else {
            throw SSPCryptoError.unexpectedSegmentTag(expected: tag.rawValue, actual: segment.tag.rawValue)
        }
        guard segment.value.count >= Self.macByteCount else {
            throw SSPCryptoError.malformedSegment(
                reason: "value of \(segment.value.count) bytes is shorter than the \(Self.macByteCount)-byte C-MAC")
        }
        let content = Array(segment.value.dropLast(Self.macByteCount))
        let fullMAC = try cmac(Array(segment.header) + content)
        guard Self.constantTimeEquals(fullMAC.prefix(Self.macByteCount), segment.value.suffix(Self.macByteCount))
        else {
            throw SSPCryptoError.macMismatch(tag: tag.rawValue, blockCounter: blockCounter)
        }
        var plaintext = content
        if tag.isEncrypted {
            guard !content.isEmpty, content.count % Self.blockSize == 0 else {
                throw SSPCryptoError.malformedSegment(
                    reason: "ciphertext of \(content.count) bytes is not a positive multiple of 16")
            }
            plaintext = try Self.unpad(decrypt(content), tag: tag, blockCounter: blockCounter)
        }
        macChainingValue = fullMAC
        blockCounter += 1
        return plaintext
    }

    /// Verifies and decrypts consecutive segments with the same tag and joins their plaintexts.
    public mutating func unprotect<Segments: Sequence>(
        _ segments: Segments,
        expecting tag: BSPSegmentTag
    ) throws -> [UInt8] where Segments.Element: Collection<UInt8> {
        var working = self
        var plaintext: [UInt8] = []
        for segment in segments {
            plaintext += try working.unprotectSegment(segment, expecting: tag)
        }
        self = working
        return plaintext
    }

    // MARK: - SCP03t primitives

    private var encryptionKey: SymmetricKey { SymmetricKey(data: keys.encryptionKey) }

    /// ICV for the current block counter: the counter, left-padded with zeros to a block, encrypted with S-ENC.
    private func icv() throws -> AES._CBC.IV {
        var block = [UInt8](repeating: 0, count: Self.blockSize)
        for index in 0..<8 {
            block[Self.blockSize - 1 - index] = UInt8(truncatingIfNeeded: blockCounter >> (8 * UInt64(index)))
        }
        do {
            try AES.permute(&block, key: encryptionKey)
            return try AES._CBC.IV(ivBytes: block)
        } catch {
            throw SSPCryptoError.cryptoFailure(operation: "BSP ICV derivation", underlying: "\(error)")
        }
    }

    private func encrypt(_ padded: [UInt8]) throws -> [UInt8] {
        let iv = try icv()
        do {
            return Array(try AES._CBC.encrypt(padded, using: encryptionKey, iv: iv, noPadding: true))
        } catch {
            throw SSPCryptoError.cryptoFailure(operation: "BSP AES-CBC encryption", underlying: "\(error)")
        }
    }

    private func decrypt(_ ciphertext: [UInt8]) throws -> [UInt8] {
        let iv = try icv()
        do {
            return Array(try AES._CBC.decrypt(ciphertext, using: encryptionKey, iv: iv, noPadding: true))
        } catch {
            throw SSPCryptoError.cryptoFailure(operation: "BSP AES-CBC decryption", underlying: "\(error)")
        }
    }

    /// The full 16-byte AES-CMAC over MAC chaining value ‖ `tagLengthAndContent`.
    private func cmac(_ tagLengthAndContent: [UInt8]) throws -> [UInt8] {
        do {
            var mac = try AES.CMAC(key: SymmetricKey(data: keys.macKey))
            mac.update(data: macChainingValue)
            mac.update(data: tagLengthAndContent)
            return mac.finalize().withUnsafeBytes { Array($0) }
        } catch {
            throw SSPCryptoError.cryptoFailure(operation: "BSP AES-CMAC", underlying: "\(error)")
        }
    }

    /// '80' then zero to fifteen '00' bytes up to a multiple of 16 (always at least the '80').
    static func pad(_ data: [UInt8]) -> [UInt8] {
        var padded = data + [0x80]
        padded += [UInt8](repeating: 0, count: (blockSize - padded.count % blockSize) % blockSize)
        return padded
    }

    /// Removes the padding; it must be one '80' followed by at most fifteen '00' bytes.
    static func unpad(_ padded: [UInt8], tag: BSPSegmentTag, blockCounter: UInt64) throws -> [UInt8] {
        var end = padded.count
        while end > 0, padded.count - end < blockSize, padded[end - 1] == 0 {
            end -= 1
        }
        guard end > 0, padded.count - end < blockSize, padded[end - 1] == 0x80 else {
            throw SSPCryptoError.invalidPadding(tag: tag.rawValue, blockCounter: blockCounter)
        }
        return Array(padded[0..<end - 1])
    }

    private static func constantTimeEquals(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
