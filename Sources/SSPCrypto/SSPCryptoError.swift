/// Errors raised by SSPCrypto. Each case says what was wrong and where.
public enum SSPCryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A key, MAC chaining value or similar fixed-size input had the wrong length.
    case invalidLength(what: String, expected: Int, actual: Int)
    /// A DER structure (signature, private key) did not follow the rules; `context` says which part.
    case malformedDER(context: String)
    /// An ECDSA signature was malformed or out of range (r or s not in [1, n-1]).
    case invalidSignature(reason: String)
    /// A public key could not be used: wrong point form, wrong length, not on the curve.
    case invalidPublicKey(reason: String)
    /// A private key could not be imported: wrong format, wrong curve, inconsistent content.
    case invalidPrivateKey(reason: String)
    /// A BSP segment could not be parsed as one tag-length-value; `reason` says where it broke.
    case malformedSegment(reason: String)
    /// A BSP segment carried a tag other than the one expected at this point.
    case unexpectedSegmentTag(expected: UInt8, actual: UInt8)
    /// A BSP segment, or the plaintext meant for one, exceeds what one segment may carry.
    case segmentTooLong(length: Int, maximum: Int)
    /// The C-MAC of a BSP segment did not match the one computed with the session's S-MAC and MAC chaining value.
    case macMismatch(tag: UInt8, blockCounter: UInt64)
    /// The decrypted content of a BSP segment did not end in the '80 00…00' padding.
    case invalidPadding(tag: UInt8, blockCounter: UInt64)
    /// The underlying cryptographic library refused an operation.
    case cryptoFailure(operation: String, underlying: String)

    public var description: String {
        switch self {
        case .invalidLength(let what, let expected, let actual):
            return "\(what) must be \(expected) bytes, got \(actual)"
        case .malformedDER(let context):
            return "malformed DER: \(context)"
        case .invalidSignature(let reason):
            return "invalid ECDSA signature: \(reason)"
        case .invalidPublicKey(let reason):
            return "invalid P-256 public key: \(reason)"
        case .invalidPrivateKey(let reason):
            return "invalid P-256 private key: \(reason)"
        case .malformedSegment(let reason):
            return "malformed BSP segment: \(reason)"
        case .unexpectedSegmentTag(let expected, let actual):
            return "BSP segment tag \(hex(actual)) where \(hex(expected)) was expected"
        case .segmentTooLong(let length, let maximum):
            return "\(length) bytes exceed the \(maximum) that one BSP segment may carry"
        case .macMismatch(let tag, let counter):
            return "C-MAC mismatch in BSP segment with tag \(hex(tag)) (block counter \(counter))"
        case .invalidPadding(let tag, let counter):
            return "bad '80 00..' padding after decrypting BSP segment with tag \(hex(tag)) (block counter \(counter))"
        case .cryptoFailure(let operation, let underlying):
            return "\(operation) failed: \(underlying)"
        }
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "'" + (digits.count < 2 ? "0" + digits : digits) + "'"
}
