/// The card's record of accepted sequence numbers, by which it refuses replayed challenges (TS 33.102
/// Annex C.2 with the parameters of Annex C.3): SQN = SEQ ‖ IND with a 5-bit IND, an array of the highest
/// SEQ accepted for each of the 32 IND values, and a freshness limit Δ.
///
/// A challenge is fresh when its SEQ exceeds the array entry for its IND and lies less than Δ above the
/// highest SEQ accepted so far. Otherwise the card answers a synchronisation failure carrying SQN_MS, the
/// highest sequence number it has accepted.
public struct SequenceNumberArray: Hashable, Sendable, Codable {
    /// The bits of IND (Annex C.3.2 recommends 5).
    public static let indexBits = 5
    /// The freshness limit Δ on SEQ (Annex C.3.1 recommends 2^28).
    public static let delta: UInt64 = 1 << 28

    /// The highest SEQ accepted for each IND value.
    public private(set) var entries: [UInt64]
    /// The highest sequence number accepted so far (SEQ ‖ IND), 0 before the first challenge.
    public private(set) var highestAccepted: UInt64

    /// A fresh card: nothing accepted yet.
    public init() {
        entries = Array(repeating: 0, count: 1 << Self.indexBits)
        highestAccepted = 0
    }

    /// Whether `sqn` is acceptable: SEQ above its IND entry and within Δ of the highest SEQ accepted.
    public func isFresh(_ sqn: UInt64) -> Bool {
        let (sequence, index) = Self.split(sqn)
        guard index < entries.count, sequence > entries[index] else { return false }
        let highestSequence = Self.split(highestAccepted).sequence
        return sequence <= highestSequence || sequence - highestSequence <= Self.delta
    }

    /// Records `sqn` as accepted; call only after ``isFresh(_:)`` said so.
    public mutating func accept(_ sqn: UInt64) {
        let (sequence, index) = Self.split(sqn)
        guard index < entries.count else { return }
        entries[index] = max(entries[index], sequence)
        highestAccepted = max(highestAccepted, sqn)
    }

    /// SEQ and IND of `sqn`.
    static func split(_ sqn: UInt64) -> (sequence: UInt64, index: Int) {
        (sqn >> UInt64(indexBits), Int(sqn & ((1 << UInt64(indexBits)) - 1)))
    }

    // Codable with a check, since the array is read back from the platform database.
    private enum CodingKeys: String, CodingKey { case entries, highestAccepted }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try container.decode([UInt64].self, forKey: .entries)
        guard entries.count == 1 << Self.indexBits else {
            throw DecodingError.dataCorruptedError(
                forKey: .entries, in: container,
                debugDescription: "the SQN array has \(entries.count) entries instead of \(1 << Self.indexBits)")
        }
        self.entries = entries
        self.highestAccepted = try container.decode(UInt64.self, forKey: .highestAccepted)
    }
}
