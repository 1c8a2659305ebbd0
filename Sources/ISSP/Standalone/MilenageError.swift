/// Why a Milenage computation was refused: an input of the wrong size.
public enum MilenageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `field` (K, OP, OPc, RAND, SQN, AMF, AUTN, AUTS) has `found` bytes where `expected` are required.
    case invalidLength(field: String, expected: Int, found: Int)
    /// A sequence number does not fit the 48 bits of SQN.
    case sequenceNumberOutOfRange(UInt64)
    /// A rotation r1…r5 outside 0…127 bits.
    case rotationOutOfRange([Int])
    /// The AES kernel refused a block (it cannot for checked 16-byte inputs; kept rather than trapping).
    case kernelFailed(reason: String)

    public var description: String {
        switch self {
        case .invalidLength(let field, let expected, let found):
            return "Milenage: \(field) must be \(expected) bytes, got \(found)"
        case .sequenceNumberOutOfRange(let value):
            return "Milenage: sequence number \(value) does not fit in 48 bits"
        case .rotationOutOfRange(let rotations):
            return "Milenage: rotations must be 0 to 127 bits, got \(rotations)"
        case .kernelFailed(let reason):
            return "Milenage: the AES-128 kernel failed: \(reason)"
        }
    }
}
