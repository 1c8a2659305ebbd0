/// The USIM side of UMTS/EPS AKA (TS 33.102 §6.3.3) with Milenage: check the network's MAC, check the
/// sequence number's freshness, and answer RES, CK and IK, or AUTS for resynchronisation.
public struct USIMAuthenticator: Sendable {
    /// The subscriber's Milenage instance (K and OPc).
    public let milenage: Milenage
    /// The accepted sequence numbers; changes with every successful authentication and must be persisted.
    public private(set) var sequenceNumbers: SequenceNumberArray

    /// An authenticator for `milenage` that remembers `sequenceNumbers`.
    public init(milenage: Milenage, sequenceNumbers: SequenceNumberArray = SequenceNumberArray()) {
        self.milenage = milenage
        self.sequenceNumbers = sequenceNumbers
    }

    /// Runs AKA for one challenge.
    ///
    /// - Parameters:
    ///   - rand: RAND, 16 bytes.
    ///   - autn: AUTN = (SQN ⊕ AK) ‖ AMF ‖ MAC-A, 16 bytes.
    /// - Returns: success (and the sequence number is recorded), a synchronisation failure with AUTS, or a
    ///   MAC failure. Nothing is recorded unless the answer is success.
    public mutating func authenticate(rand: [UInt8], autn: [UInt8]) throws(MilenageError) -> UICCAuthenticationResult {
        try Milenage.check(rand, "RAND", 16)
        try Milenage.check(autn, "AUTN", 16)
        let keys = try milenage.f2345(rand: rand)
        let sqnBytes = Milenage.xor(Array(autn[0..<6]), keys.ak)
        let amf = Array(autn[6..<8])
        let mac = Array(autn[8..<16])
        guard try milenage.f1(rand: rand, sqn: sqnBytes, amf: amf) == mac else { return .macFailure }
        let sqn = AuthenticationVector.value(of: sqnBytes)
        guard sequenceNumbers.isFresh(sqn) else {
            let sqnMS = try AuthenticationVector.bytes(of: sequenceNumbers.highestAccepted)
            let akStar = try milenage.f5Star(rand: rand)
            // MAC-S is computed with the dummy AMF* = 0000 (TS 33.102 §6.3.3).
            let macS = try milenage.f1Star(rand: rand, sqn: sqnMS, amf: [0, 0])
            return .synchronisationFailure(auts: Milenage.xor(sqnMS, akStar) + macS)
        }
        sequenceNumbers.accept(sqn)
        return .success(res: keys.res, ck: keys.ck, ik: keys.ik)
    }
}
