/// BER definite length fields, as carried in BSP segments (tags '86', '87', '88') and in the X9.63 shared info.
public enum BERLength {
    /// The shortest definite-form encoding of `length`: one byte below 128, otherwise '81'…'84' and the
    /// big-endian value.
    public static func encode(_ length: Int) -> [UInt8] {
        precondition(length >= 0, "a BER length cannot be negative")
        if length < 0x80 {
            return [UInt8(length)]
        }
        var value = length
        var bytes: [UInt8] = []
        while value > 0 {
            bytes.insert(UInt8(value & 0xFF), at: 0)
            value >>= 8
        }
        return [0x80 | UInt8(bytes.count)] + bytes
    }

    /// Decodes the length field that starts at `index` in `bytes`.
    ///
    /// Accepts the short form and the long form with one to three length bytes (non-minimal long forms are
    /// legal BER); rejects the indefinite form and longer forms, which no BSP segment needs.
    /// - Returns: the length and the number of bytes the length field occupies.
    public static func decode<C: Collection<UInt8>>(
        _ bytes: C, at index: C.Index
    ) throws -> (length: Int, fieldSize: Int) {
        guard index < bytes.endIndex else {
            throw SSPCryptoError.malformedSegment(reason: "missing length field")
        }
        let first = bytes[index]
        if first < 0x80 {
            return (Int(first), 1)
        }
        let count = Int(first & 0x7F)
        guard count != 0 else {
            throw SSPCryptoError.malformedSegment(reason: "indefinite length is not allowed")
        }
        guard count <= 3 else {
            throw SSPCryptoError.malformedSegment(reason: "length field with \(count) length bytes is not supported")
        }
        var length = 0
        var position = bytes.index(after: index)
        for _ in 0..<count {
            guard position < bytes.endIndex else {
                throw SSPCryptoError.malformedSegment(reason: "truncated length field")
            }
            length = length << 8 | Int(bytes[position])
            position = bytes.index(after: position)
        }
        return (length, 1 + count)
    }
}
