import Crypto
import CryptoExtras

/// The 3GPP MILENAGE algorithm set (TS 35.206): the authentication and key generation functions f1, f1*,
/// f2, f3, f4, f5 and f5* built on AES-128 as the kernel E_K, with the constants r1…r5 and c1…c5 of §4.1.
///
/// ```
/// OPc   = E_K(OP) ⊕ OP
/// TEMP  = E_K(RAND ⊕ OPc)
/// OUT1  = E_K(TEMP ⊕ rot(IN1 ⊕ OPc, r1) ⊕ c1) ⊕ OPc     IN1 = SQN ‖ AMF ‖ SQN ‖ AMF
/// OUTn  = E_K(rot(TEMP ⊕ OPc, rn) ⊕ cn) ⊕ OPc          n = 2…5
/// f1 = OUT1[0..7]  f1* = OUT1[8..15]  f5 = OUT2[0..5]  f2 = OUT2[8..15]
/// f3 = OUT3        f4 = OUT4          f5* = OUT5[0..5]
/// ```
/// The kernel is CryptoExtras' single-block AES permutation; nothing here is a cipher mode.
public struct Milenage: Sendable {
    /// The subscriber key K.
    private let key: SymmetricKey
    /// OPc, the operator variant configuration value derived from OP and K.
    public let opc: [UInt8]

    /// Rotations r1…r5 in bits.
    public let rotations: [Int]
    /// The constants c1…c5, 16 bytes each.
    public let constants: [[UInt8]]

    /// The standard rotations of TS 35.206 §4.1: r1 = 64, r2 = 0, r3 = 32, r4 = 64, r5 = 96.
    public static let standardRotations = [64, 0, 32, 64, 96]
    /// The standard constants of TS 35.206 §4.1: c1 = 0, c2 = 1, c3 = 2, c4 = 4, c5 = 8 (as 128-bit values).
    public static let standardConstants: [[UInt8]] = [0x00, 0x01, 0x02, 0x04, 0x08].map {
        [UInt8](repeating: 0, count: 15) + [$0]
    }

    /// A Milenage instance for the subscriber key `k` and the precomputed `opc` (both 16 bytes), with the
    /// standard constants or an operator's own (TS 35.206 §4.1 lets the operator choose c1…c5 and r1…r5).
    public init(
        k: [UInt8], opc: [UInt8], constants: [[UInt8]] = Milenage.standardConstants,
        rotations: [Int] = Milenage.standardRotations
    ) throws(MilenageError) {
        try Self.check(k, "K", 16)
        try Self.check(opc, "OPc", 16)
        guard constants.count == 5, rotations.count == 5 else {
            throw .invalidLength(field: "c1…c5 / r1…r5", expected: 5, found: min(constants.count, rotations.count))
        }
        for (index, constant) in constants.enumerated() { try Self.check(constant, "c\(index + 1)", 16) }
        guard rotations.allSatisfy({ (0...127).contains($0) }) else { throw .rotationOutOfRange(rotations) }
        self.key = SymmetricKey(data: k)
        self.opc = opc
        self.constants = constants
        self.rotations = rotations
    }

    /// A Milenage instance for `k` and the operator's `op`, from which OPc is derived, with the standard
    /// constants.
    public init(k: [UInt8], op: [UInt8]) throws(MilenageError) {
        try self.init(k: k, opc: try Self.opc(k: k, op: op))
    }

    /// OPc = E_K(OP) ⊕ OP (TS 35.206 §4.1).
    public static func opc(k: [UInt8], op: [UInt8]) throws(MilenageError) -> [UInt8] {
        try check(k, "K", 16)
        try check(op, "OP", 16)
        return xor(try encrypt(op, key: SymmetricKey(data: k)), op)
    }

    /// f1: the network authentication code MAC-A (8 bytes).
    public func f1(rand: [UInt8], sqn: [UInt8], amf: [UInt8]) throws(MilenageError) -> [UInt8] {
        Array(try out1(rand: rand, sqn: sqn, amf: amf)[0..<8])
    }

    /// f1*: the resynchronisation authentication code MAC-S (8 bytes).
    public func f1Star(rand: [UInt8], sqn: [UInt8], amf: [UInt8]) throws(MilenageError) -> [UInt8] {
        Array(try out1(rand: rand, sqn: sqn, amf: amf)[8..<16])
    }

    /// The outputs of f2, f3, f4 and f5 for one RAND.
    public struct KeyGenerationOutput: Hashable, Sendable {
        /// f2: the response RES (8 bytes).
        public let res: [UInt8]
        /// f3: the cipher key CK (16 bytes).
        public let ck: [UInt8]
        /// f4: the integrity key IK (16 bytes).
        public let ik: [UInt8]
        /// f5: the anonymity key AK (6 bytes).
        public let ak: [UInt8]
    }

    /// f2, f3, f4 and f5 for `rand`.
    public func f2345(rand: [UInt8]) throws(MilenageError) -> KeyGenerationOutput {
        let temp = try self.temp(rand: rand)
        let out2 = try output(2, temp: temp)
        return KeyGenerationOutput(
            res: Array(out2[8..<16]), ck: try output(3, temp: temp), ik: try output(4, temp: temp),
            ak: Array(out2[0..<6]))
    }

    /// f5*: the anonymity key used for resynchronisation, AK* (6 bytes).
    public func f5Star(rand: [UInt8]) throws(MilenageError) -> [UInt8] {
        Array(try output(5, temp: try temp(rand: rand))[0..<6])
    }

    // MARK: Kernel

    /// TEMP = E_K(RAND ⊕ OPc).
    private func temp(rand: [UInt8]) throws(MilenageError) -> [UInt8] {
        try Self.check(rand, "RAND", 16)
        return try Self.encrypt(Self.xor(rand, opc), key: key)
    }

    /// OUT1 = E_K(TEMP ⊕ rot(IN1 ⊕ OPc, r1) ⊕ c1) ⊕ OPc.
    private func out1(rand: [UInt8], sqn: [UInt8], amf: [UInt8]) throws(MilenageError) -> [UInt8] {
        try Self.check(sqn, "SQN", 6)
        try Self.check(amf, "AMF", 2)
        let temp = try self.temp(rand: rand)
        let in1 = sqn + amf + sqn + amf
        let block = Self.xor(Self.xor(temp, Self.rotate(Self.xor(in1, opc), bits: rotations[0])), constants[0])
        return Self.xor(try Self.encrypt(block, key: key), opc)
    }

    /// OUTn = E_K(rot(TEMP ⊕ OPc, rn) ⊕ cn) ⊕ OPc for n = 2…5.
    private func output(_ n: Int, temp: [UInt8]) throws(MilenageError) -> [UInt8] {
        let block = Self.xor(Self.rotate(Self.xor(temp, opc), bits: rotations[n - 1]), constants[n - 1])
        return Self.xor(try Self.encrypt(block, key: key), opc)
    }

    /// E_K on one 16-byte block.
    private static func encrypt(_ block: [UInt8], key: SymmetricKey) throws(MilenageError) -> [UInt8] {
        var output = block
        do {
            try AES.permute(&output, key: key)
        } catch {
            throw .kernelFailed(reason: "\(error)")
        }
        return output
    }

    /// Cyclic rotation of a 128-bit value towards the most significant bit by `bits` (0…127).
    static func rotate(_ block: [UInt8], bits: Int) -> [UInt8] {
        let count = block.count
        let byteShift = (bits / 8) % count
        let bitShift = bits % 8
        return (0..<count).map { index in
            let high = block[(index + byteShift) % count]
            guard bitShift != 0 else { return high }
            let low = block[(index + byteShift + 1) % count]
            return (high << UInt8(bitShift)) | (low >> UInt8(8 - bitShift))
        }
    }

    static func xor(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        zip(a, b).map { $0 ^ $1 }
    }

    static func check(_ value: [UInt8], _ field: String, _ length: Int) throws(MilenageError) {
        guard value.count == length else { throw .invalidLength(field: field, expected: length, found: value.count) }
    }
}
