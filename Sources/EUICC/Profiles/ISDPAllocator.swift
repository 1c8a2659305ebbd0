import Foundation

/// Allocates ISD-P AIDs the way deployed eUICCs do: the ISD-R's RID and PIX prefix
/// `A0000005591010FFFFFFFF89`, then `0000`, then `10`, `11`, `12`, … and `00`, i.e.
/// `A0000005591010FFFFFFFF8900001000` for the first Profile, `…8900001100` for the second. A freed AID is
/// reused, lowest first, so the AIDs stay in the range of real cards.
enum ISDPAllocator {
    /// The prefix every ISD-P AID of this card shares.
    static let prefix: [UInt8] = [0xA0, 0x00, 0x00, 0x05, 0x59, 0x10, 0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0x89, 0x00, 0x00]
    /// How many ISD-Ps the AID range holds (`10` to `FF`).
    static let capacity = 0x100 - 0x10

    /// The AID of ISD-P number `index` (0-based).
    static func aid(index: Int) -> [UInt8] {
        prefix + [UInt8(0x10 + index), 0x00]
    }

    /// The lowest AID not in `used`, or `nil` when all are taken.
    static func nextFree(used: Set<Data>) -> [UInt8]? {
        (0..<capacity).lazy.map(aid(index:)).first { !used.contains(Data($0)) }
    }
}
