/// A UMTS/EPS authentication vector as the home network (HLR/HSS with its AuC) makes it for one
/// challenge (TS 33.102 §6.3.2): RAND, XRES, CK, IK and AUTN = (SQN ⊕ AK) ‖ AMF ‖ MAC-A.
///
/// The simulated network uses it to challenge a Standalone Telecom Bundle and to check its answer.
public struct AuthenticationVector: Hashable, Sendable {
    /// The random challenge (16 bytes).
    public let rand: [UInt8]
    /// The expected response (8 bytes).
    public let xres: [UInt8]
    /// The cipher key (16 bytes).
    public let ck: [UInt8]
    /// The integrity key (16 bytes).
    public let ik: [UInt8]
    /// The authentication token (16 bytes).
    public let autn: [UInt8]

    /// The largest sequence number SQN holds (48 bits).
    public static let maximumSequenceNumber: UInt64 = (1 << 48) - 1

    /// The network's vector for `rand` with sequence number `sqn` and authentication management field `amf`.
    public init(milenage: Milenage, rand: [UInt8], sqn: UInt64, amf: [UInt8]) throws(MilenageError) {
        let sqnBytes = try Self.bytes(of: sqn)
        let keys = try milenage.f2345(rand: rand)
        let mac = try milenage.f1(rand: rand, sqn: sqnBytes, amf: amf)
        self.rand = rand
        self.xres = keys.res
        self.ck = keys.ck
        self.ik = keys.ik
        self.autn = Milenage.xor(sqnBytes, keys.ak) + amf + mac
    }

    /// The sequence number the card reports in AUTS after a synchronisation failure, once the network has
    /// checked MAC-S (TS 33.102 §6.3.5); `nil` when MAC-S does not verify.
    ///
    /// - Parameter auts: (SQN_MS ⊕ AK*) ‖ MAC-S, 14 bytes; MAC-S is computed with AMF = `0000`.
    public static func resynchronise(milenage: Milenage, rand: [UInt8], auts: [UInt8]) throws(MilenageError)
        -> UInt64?
    {
        try Milenage.check(auts, "AUTS", 14)
        let akStar = try milenage.f5Star(rand: rand)
        let sqnMS = Milenage.xor(Array(auts[0..<6]), akStar)
        let macS = try milenage.f1Star(rand: rand, sqn: sqnMS, amf: [0, 0])
        guard macS == Array(auts[6..<14]) else { return nil }
        return value(of: sqnMS)
    }

    /// The 6 big-endian bytes of a 48-bit sequence number.
    static func bytes(of sqn: UInt64) throws(MilenageError) -> [UInt8] {
        guard sqn <= maximumSequenceNumber else { throw .sequenceNumberOutOfRange(sqn) }
        return (0..<6).map { UInt8(truncatingIfNeeded: sqn >> (8 * (5 - $0))) }
    }

    /// The value of 6 big-endian bytes.
    static func value(of bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { ($0 << 8) | UInt64($1) }
    }
}
