import Testing

@testable import ISSP

@Suite("Milenage (TS 35.206) against the TS 35.207 / TS 35.208 test sets")
struct MilenageTests {
    @Test("OPc, f1, f1*, f2, f3, f4, f5 and f5* match every test set", arguments: MilenageTestSet.all)
    func testSet(_ set: MilenageTestSet) throws {
        let opc = try Milenage.opc(k: hex(set.k), op: hex(set.op))
        #expect(opc == hex(set.opc))
        let milenage = try Milenage(k: hex(set.k), op: hex(set.op))
        #expect(try milenage.f1(rand: hex(set.rand), sqn: hex(set.sqn), amf: hex(set.amf)) == hex(set.f1))
        #expect(try milenage.f1Star(rand: hex(set.rand), sqn: hex(set.sqn), amf: hex(set.amf)) == hex(set.f1Star))
        let keys = try milenage.f2345(rand: hex(set.rand))
        #expect(keys.res == hex(set.f2))
        #expect(keys.ck == hex(set.f3))
        #expect(keys.ik == hex(set.f4))
        #expect(keys.ak == hex(set.f5))
        #expect(try milenage.f5Star(rand: hex(set.rand)) == hex(set.f5Star))
    }

    @Test("The network's vector is accepted by the USIM with the vector's RES, CK and IK", arguments: MilenageTestSet.all)
    func vectorRoundTrip(_ set: MilenageTestSet) throws {
        let milenage = try Milenage(k: hex(set.k), opc: hex(set.opc))
        let sqn = AuthenticationVector.value(of: hex(set.sqn))
        let vector = try AuthenticationVector(milenage: milenage, rand: hex(set.rand), sqn: sqn, amf: hex(set.amf))
        #expect(vector.autn == Milenage.xor(hex(set.sqn), hex(set.f5)) + hex(set.amf) + hex(set.f1))
        // A new card accepts sequence numbers within Δ of zero: the set's SQN is far above, so it asks the
        // network to resynchronise; a vector near zero is accepted with the set's RES, CK and IK.
        var usim = USIMAuthenticator(milenage: milenage)
        guard case .synchronisationFailure(let auts) = try usim.authenticate(rand: vector.rand, autn: vector.autn)
        else {
            Issue.record("a sequence number beyond Δ was accepted by a new card")
            return
        }
        #expect(try AuthenticationVector.resynchronise(milenage: milenage, rand: vector.rand, auts: auts) == 0)
        let fresh = try AuthenticationVector(milenage: milenage, rand: hex(set.rand), sqn: 0x20, amf: hex(set.amf))
        let result = try usim.authenticate(rand: fresh.rand, autn: fresh.autn)
        #expect(result == .success(res: hex(set.f2), ck: hex(set.f3), ik: hex(set.f4)))
        #expect(usim.sequenceNumbers.highestAccepted == 0x20)
    }

    @Test("A replayed challenge gives AUTS from which the network recovers SQN_MS")
    func replayGivesResynchronisation() throws {
        let set = MilenageTestSet.all[0]
        let milenage = try Milenage(k: hex(set.k), opc: hex(set.opc))
        var usim = USIMAuthenticator(milenage: milenage)
        let first = try AuthenticationVector(milenage: milenage, rand: hex(set.rand), sqn: 0x40, amf: [0x80, 0x00])
        guard case .success = try usim.authenticate(rand: first.rand, autn: first.autn) else {
            Issue.record("a fresh challenge was refused")
            return
        }
        let replay = try usim.authenticate(rand: first.rand, autn: first.autn)
        guard case .synchronisationFailure(let auts) = replay else {
            Issue.record("a replayed challenge was answered with \(replay)")
            return
        }
        #expect(auts.count == 14)
        #expect(try AuthenticationVector.resynchronise(milenage: milenage, rand: first.rand, auts: auts) == 0x40)
        var damaged = auts
        damaged[13] ^= 0x01
        #expect(try AuthenticationVector.resynchronise(milenage: milenage, rand: first.rand, auts: damaged) == nil)
        // The network resumes above SQN_MS (next SEQ, same IND) and is accepted.
        let next = try AuthenticationVector(milenage: milenage, rand: hex(set.rand), sqn: 0x60, amf: [0x80, 0x00])
        guard case .success = try usim.authenticate(rand: next.rand, autn: next.autn) else {
            Issue.record("the resynchronised challenge was refused")
            return
        }
    }

    @Test("An AUTN with any bit of its MAC or SQN flipped is a MAC failure and changes nothing")
    func macFailure() throws {
        let set = MilenageTestSet.all[2]
        let milenage = try Milenage(k: hex(set.k), opc: hex(set.opc))
        var usim = USIMAuthenticator(milenage: milenage)
        let vector = try AuthenticationVector(milenage: milenage, rand: hex(set.rand), sqn: 0x21, amf: hex(set.amf))
        for index in vector.autn.indices {
            var autn = vector.autn
            autn[index] ^= 0x80
            #expect(try usim.authenticate(rand: vector.rand, autn: autn) == .macFailure)
        }
        #expect(usim.sequenceNumbers == SequenceNumberArray())
        let otherKey = try Milenage(k: hex(MilenageTestSet.all[3].k), opc: hex(set.opc))
        var stranger = USIMAuthenticator(milenage: otherKey)
        #expect(try stranger.authenticate(rand: vector.rand, autn: vector.autn) == .macFailure)
    }

    @Test("Sequence numbers: per-IND freshness and the Δ limit")
    func sequenceNumberFreshness() {
        var array = SequenceNumberArray()
        #expect(array.isFresh(0x20))
        array.accept(0x20)  // SEQ 1, IND 0
        #expect(!array.isFresh(0x20))
        #expect(array.isFresh(0x21))  // SEQ 1, IND 1: another slot
        #expect(array.isFresh(0x40))
        let beyond = (SequenceNumberArray.delta + 2) << 5
        #expect(!array.isFresh(beyond))
    }

    @Test("Inputs of the wrong size are refused, never trapped")
    func wrongSizes() throws {
        let k = [UInt8](repeating: 0, count: 16)
        #expect(throws: MilenageError.invalidLength(field: "K", expected: 16, found: 15)) {
            try Milenage(k: Array(k.prefix(15)), opc: k)
        }
        #expect(throws: MilenageError.invalidLength(field: "OP", expected: 16, found: 17)) {
            try Milenage.opc(k: k, op: k + [0])
        }
        let milenage = try Milenage(k: k, opc: k)
        #expect(throws: MilenageError.invalidLength(field: "RAND", expected: 16, found: 0)) {
            try milenage.f2345(rand: [])
        }
        #expect(throws: MilenageError.invalidLength(field: "SQN", expected: 6, found: 5)) {
            try milenage.f1(rand: k, sqn: [0, 0, 0, 0, 0], amf: [0, 0])
        }
        #expect(throws: MilenageError.invalidLength(field: "AMF", expected: 2, found: 3)) {
            try milenage.f1Star(rand: k, sqn: [0, 0, 0, 0, 0, 0], amf: [0, 0, 0])
        }
        var usim = USIMAuthenticator(milenage: milenage)
        #expect(throws: MilenageError.invalidLength(field: "AUTN", expected: 16, found: 15)) {
            try usim.authenticate(rand: k, autn: Array(k.prefix(15)))
        }
        #expect(throws: MilenageError.invalidLength(field: "AUTS", expected: 14, found: 13)) {
            try AuthenticationVector.resynchronise(milenage: milenage, rand: k, auts: Array(k.prefix(13)))
        }
        #expect(throws: MilenageError.sequenceNumberOutOfRange(1 << 48)) {
            try AuthenticationVector(milenage: milenage, rand: k, sqn: 1 << 48, amf: [0, 0])
        }
    }

    @Test("Rotation by any bit count matches a 128-bit rotation", arguments: [0, 1, 4, 7, 8, 13, 64, 96, 127])
    func rotation(_ bits: Int) {
        let block: [UInt8] = (0..<16).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let high = block[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = block[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        // Reference: rotate (high, low) left by `bits` one bit at a time.
        var (h, l) = (high, low)
        for _ in 0..<bits { (h, l) = (h << 1 | l >> 63, l << 1 | h >> 63) }
        let expected = (0..<8).map { UInt8(truncatingIfNeeded: h >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: l >> (56 - 8 * $0)) }
        #expect(Milenage.rotate(block, bits: bits) == expected)
    }

    @Test("Operator constants change the outputs; the standard ones give the test set's")
    func operatorConstants() throws {
        let set = MilenageTestSet.all[0]
        let standard = try Milenage(
            k: hex(set.k), opc: hex(set.opc), constants: Milenage.standardConstants, rotations: Milenage.standardRotations)
        #expect(try standard.f2345(rand: hex(set.rand)).res == hex(set.f2))
        var constants = Milenage.standardConstants
        constants[1][0] = 0x80
        let custom = try Milenage(k: hex(set.k), opc: hex(set.opc), constants: constants, rotations: [63, 1, 33, 65, 97])
        #expect(try custom.f2345(rand: hex(set.rand)).res != hex(set.f2))
        #expect(throws: MilenageError.rotationOutOfRange([128, 0, 32, 64, 96])) {
            try Milenage(k: hex(set.k), opc: hex(set.opc), rotations: [128, 0, 32, 64, 96])
        }
        #expect(throws: MilenageError.self) {
            try Milenage(k: hex(set.k), opc: hex(set.opc), constants: Array(Milenage.standardConstants.prefix(4)))
        }
    }
}
