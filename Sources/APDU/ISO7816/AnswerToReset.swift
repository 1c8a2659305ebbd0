/// The Answer To Reset a card sends after power-on or reset (ISO/IEC 7816-3 §8.2).
public struct AnswerToReset: Hashable, Sendable {
    /// The ATR bytes, TS first, TCK last when present.
    public let bytes: [UInt8]

    /// An ATR from its bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// An eUICC-style ATR in the form UICCs use (ETSI TS 102 221 §6):
    /// `3B 9F 96 80 1F C7 80 31 E0 73 FE 21 1B 63 3A 20 4E 83 00 90 00 93`.
    ///
    /// - TS `3B` direct convention; T0 `9F`: TA1 and TD1 follow, 15 historical bytes.
    /// - TA1 `96` (Fi 512, Di 32); TD1 `80`: T=0, TD2 follows; TD2 `1F`: T=15, TA3 follows;
    ///   TA3 `C7`: clock stop supported, classes A, B and C.
    /// - Historical bytes: category `80`, then COMPACT-TLV: card service data `31 E0`, card capabilities
    ///   `73 FE 21 1B` (selection by full and partial DF name; channel numbers assigned by the card or the
    ///   terminal, 4 channels announced as UICCs commonly do; no extended Lc/Le),
    ///   pre-issuing data `63 3A 20 4E`, status `83 00 90 00`.
    /// - TCK `93`: T0 through the last historical byte XOR to it (a check byte is required since T=15 is
    ///   indicated).
    public static let euicc = AnswerToReset(bytes: [
        0x3B, 0x9F, 0x96, 0x80, 0x1F, 0xC7, 0x80, 0x31, 0xE0, 0x73, 0xFE, 0x21, 0x1B, 0x63, 0x3A, 0x20,
        0x4E, 0x83, 0x00, 0x90, 0x00, 0x93,
    ])
}
