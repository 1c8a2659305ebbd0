import Crypto

/// An ECDSA P-256 signature in the raw form SGP.22 carries in tag '5F37': r ‖ s, each 32 bytes big-endian.
///
/// Certificates and X.509 tooling use the X9.62 DER form instead:
/// ```
/// ECDSA-Sig-Value ::= SEQUENCE {
///     r INTEGER,
///     s INTEGER }
/// ```
/// This type converts strictly between the two and refuses values that cannot be a P-256 signature
/// (r or s zero, or not below the group order n).
public struct RawECDSASignature: Hashable, Sendable {
    /// Byte length of one scalar (r or s).
    public static let scalarByteCount = 32
    /// Byte length of the raw form.
    public static let byteCount = 64

    /// The 64 bytes r ‖ s.
    public let rawBytes: [UInt8]

    /// The r scalar (first 32 bytes).
    public var r: ArraySlice<UInt8> { rawBytes[0..<Self.scalarByteCount] }
    /// The s scalar (last 32 bytes).
    public var s: ArraySlice<UInt8> { rawBytes[Self.scalarByteCount...] }

    /// Takes a raw r ‖ s signature of exactly 64 bytes.
    public init(rawBytes: some Collection<UInt8>) throws {
        let bytes = Array(rawBytes)
        guard bytes.count == Self.byteCount else {
            throw SSPCryptoError.invalidSignature(reason: "raw form must be 64 bytes (r ‖ s), got \(bytes.count)")
        }
        try Self.checkRange(bytes[0..<Self.scalarByteCount], name: "r")
        try Self.checkRange(bytes[Self.scalarByteCount...], name: "s")
        self.rawBytes = bytes
    }

    /// Parses an X9.62 DER `ECDSA-Sig-Value`, strictly: shortest lengths, minimal positive INTEGERs,
    /// no trailing bytes, r and s in [1, n-1].
    public init(derBytes: some Collection<UInt8>) throws {
        var outer = DERReader(ArraySlice(derBytes), context: "ECDSA-Sig-Value")
        let sequence = try outer.read(tag: 0x30, "ECDSA-Sig-Value")
        try outer.finish()
        var inner = DERReader(sequence, context: "ECDSA-Sig-Value")
        let r = try Self.scalar(fromInteger: inner.read(tag: 0x02, "r"), name: "r")
        let s = try Self.scalar(fromInteger: inner.read(tag: 0x02, "s"), name: "s")
        try inner.finish()
        try self.init(rawBytes: r + s)
    }

    /// Wraps a swift-crypto signature (whose `rawRepresentation` is r ‖ s).
    public init(_ signature: P256.Signing.ECDSASignature) throws {
        try self.init(rawBytes: Array(signature.rawRepresentation))
    }

    /// The X9.62 DER encoding `SEQUENCE { INTEGER r, INTEGER s }`.
    public var derBytes: [UInt8] {
        let r = DERWriter.tlv(tag: 0x02, value: Self.minimalInteger(self.r))
        let s = DERWriter.tlv(tag: 0x02, value: Self.minimalInteger(self.s))
        return DERWriter.tlv(tag: 0x30, value: r + s)
    }

    /// The same signature as swift-crypto's type.
    public var ecdsaSignature: P256.Signing.ECDSASignature {
        get throws {
            do {
                return try P256.Signing.ECDSASignature(rawRepresentation: rawBytes)
            } catch {
                throw SSPCryptoError.cryptoFailure(operation: "ECDSA signature import", underlying: "\(error)")
            }
        }
    }

    // MARK: - Scalars

    /// The order n of the P-256 group.
    static let groupOrder: [UInt8] = [
        0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x51,
    ]

    private static func checkRange(_ scalar: ArraySlice<UInt8>, name: String) throws {
        guard scalar.contains(where: { $0 != 0 }) else {
            throw SSPCryptoError.invalidSignature(reason: "\(name) is zero")
        }
        // Big-endian, equal length: lexicographic order is numeric order.
        guard scalar.lexicographicallyPrecedes(groupOrder) else {
            throw SSPCryptoError.invalidSignature(reason: "\(name) is not below the P-256 group order")
        }
    }

    /// The 32-byte big-endian scalar carried by a DER INTEGER content.
    private static func scalar(fromInteger content: ArraySlice<UInt8>, name: String) throws -> [UInt8] {
        guard let first = content.first else {
            throw SSPCryptoError.malformedDER(context: "ECDSA-Sig-Value: \(name) INTEGER is empty")
        }
        guard first & 0x80 == 0 else {
            throw SSPCryptoError.invalidSignature(reason: "\(name) is negative")
        }
        var magnitude = content
        if first == 0, content.count > 1 {
            // A leading zero is allowed only to keep a high bit from reading as a sign.
            guard content[content.index(after: content.startIndex)] & 0x80 != 0 else {
                throw SSPCryptoError.malformedDER(context: "ECDSA-Sig-Value: \(name) INTEGER not minimally encoded")
            }
            magnitude = content.dropFirst()
        }
        guard magnitude.count <= scalarByteCount else {
            throw SSPCryptoError.invalidSignature(reason: "\(name) is longer than 32 bytes")
        }
        return [UInt8](repeating: 0, count: scalarByteCount - magnitude.count) + magnitude
    }

    /// Minimal positive INTEGER content for a big-endian unsigned scalar.
    private static func minimalInteger(_ scalar: ArraySlice<UInt8>) -> [UInt8] {
        let trimmed = scalar.drop(while: { $0 == 0 })
        guard let first = trimmed.first else { return [0] }
        return first & 0x80 != 0 ? [0] + trimmed : Array(trimmed)
    }
}
