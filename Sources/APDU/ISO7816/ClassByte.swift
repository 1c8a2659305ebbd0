/// The class byte CLA decoded as ISO/IEC 7816-4 §5.4.1 and ETSI TS 102 221 §10.1.1 define it.
///
/// Bit 8 tells interindustry (`0`) from proprietary (`1`, as GlobalPlatform and SGP.22 use it for STORE DATA);
/// the remaining bits follow one of two layouts, the same in both halves:
/// - first interindustry `000x xxxx` (`0X`, `1X`, `8X`, `9X`): b5 command chaining, b4-b3 secure messaging,
///   b2-b1 logical channel 0-3;
/// - further interindustry `01xx xxxx` (`4X`-`7X`, `CX`-`FX`): b6 secure messaging, b5 command chaining,
///   b4-b1 logical channel 4-19 (value + 4).
///
/// `001x xxxx` (`2X`, `3X`, `AX`, `BX`, which includes the GSM class `A0`) is reserved and `FF` is invalid.
public struct ClassByte: Hashable, Sendable {
    /// Interindustry (ISO/IEC 7816-4 commands such as SELECT) or proprietary (GlobalPlatform's STORE DATA).
    public enum Kind: Hashable, Sendable {
        /// Bit 8 clear.
        case interindustry
        /// Bit 8 set.
        case proprietary
    }

    /// The highest logical channel number a class byte can carry.
    public static let highestChannel = 19

    /// The byte itself.
    public let rawValue: UInt8
    /// Interindustry or proprietary.
    public let kind: Kind
    /// The logical channel, 0-19.
    public let logicalChannel: Int
    /// Whether the command-chaining bit is set (more commands of the chain follow).
    public let isChained: Bool
    /// Whether any secure-messaging indication is set.
    public let hasSecureMessaging: Bool

    /// Decodes a class byte; `nil` for the reserved `2X`/`3X`/`AX`/`BX` classes and for `FF`.
    public init?(rawValue: UInt8) {
        guard rawValue != 0xFF else { return nil }
        let low = rawValue & 0x7F
        switch low {
        case 0x00...0x1F:
            logicalChannel = Int(low & 0x03)
            hasSecureMessaging = low & 0x0C != 0
            isChained = low & 0x10 != 0
        case 0x40...0x7F:
            logicalChannel = 4 + Int(low & 0x0F)
            hasSecureMessaging = low & 0x20 != 0
            isChained = low & 0x10 != 0
        default:
            return nil
        }
        self.rawValue = rawValue
        kind = rawValue & 0x80 == 0 ? .interindustry : .proprietary
    }

    /// The plain class byte (no chaining, no secure messaging) for a logical channel.
    ///
    /// - Returns: `nil` when `channel` is outside 0-19.
    public init?(channel: Int, kind: Kind) {
        let high: UInt8 = kind == .proprietary ? 0x80 : 0x00
        switch channel {
        case 0...3:
            self.init(rawValue: high | UInt8(channel))
        case 4...ClassByte.highestChannel:
            self.init(rawValue: high | 0x40 | UInt8(channel - 4))
        default:
            return nil
        }
    }
}
