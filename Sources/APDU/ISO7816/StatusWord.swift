/// The two status bytes SW1 SW2 that end every response APDU (ISO/IEC 7816-4 §5.1.3, ETSI TS 102 221 §10.2.1).
public struct StatusWord: Hashable, Sendable, CustomStringConvertible {
    /// SW1.
    public let sw1: UInt8
    /// SW2.
    public let sw2: UInt8

    /// A status word from its two bytes.
    public init(sw1: UInt8, sw2: UInt8) {
        self.sw1 = sw1
        self.sw2 = sw2
    }

    /// A status word from its 16-bit value, e.g. `0x9000`.
    public init(_ value: UInt16) {
        self.init(sw1: UInt8(value >> 8), sw2: UInt8(value & 0xFF))
    }

    /// The 16-bit value, SW1 in the high byte.
    public var value: UInt16 { UInt16(sw1) << 8 | UInt16(sw2) }

    /// The two bytes as they travel on the wire.
    public var bytes: [UInt8] { [sw1, sw2] }

    // MARK: Normal processing

    /// `9000`: normal ending of the command.
    public static let success = StatusWord(0x9000)

    /// `61xx`: normal ending, `xx` more response bytes are waiting for GET RESPONSE.
    ///
    /// - Parameter available: how many bytes are waiting; 256 and more are announced as `00` (meaning 256).
    public static func responseBytesAvailable(_ available: Int) -> StatusWord {
        StatusWord(sw1: 0x61, sw2: UInt8(truncatingIfNeeded: min(max(available, 0), 256)))
    }

    // MARK: Checking errors

    /// `6700`: wrong length (Lc or Le wrong, or a malformed APDU).
    public static let wrongLength = StatusWord(0x6700)
    /// `6881`: logical channel not supported (or not open).
    public static let logicalChannelNotSupported = StatusWord(0x6881)
    /// `6882`: secure messaging not supported.
    public static let secureMessagingNotSupported = StatusWord(0x6882)
    /// `6884`: command chaining (CLA bit) not supported.
    public static let commandChainingNotSupported = StatusWord(0x6884)
    /// `6982`: security status not satisfied.
    public static let securityStatusNotSatisfied = StatusWord(0x6982)
    /// `6985`: conditions of use not satisfied.
    public static let conditionsNotSatisfied = StatusWord(0x6985)
    /// `6A80`: incorrect parameters in the command data field.
    public static let wrongData = StatusWord(0x6A80)
    /// `6A81`: function not supported (also: no further logical channel available).
    public static let functionNotSupported = StatusWord(0x6A81)
    /// `6A82`: file or application not found.
    public static let fileOrApplicationNotFound = StatusWord(0x6A82)
    /// `6A84`: not enough memory space in the file.
    public static let notEnoughMemory = StatusWord(0x6A84)
    /// `6A86`: incorrect parameters P1-P2.
    public static let incorrectP1P2 = StatusWord(0x6A86)
    /// `6A88`: referenced data or reference data not found.
    public static let referencedDataNotFound = StatusWord(0x6A88)
    /// `6B00`: wrong parameters P1-P2 (outside the file, or not defined).
    public static let wrongP1P2 = StatusWord(0x6B00)
    /// `6D00`: instruction code not supported or invalid.
    public static let instructionNotSupported = StatusWord(0x6D00)
    /// `6E00`: class not supported.
    public static let classNotSupported = StatusWord(0x6E00)
    /// `6F00`: technical problem, no precise diagnosis.
    public static let noPreciseDiagnosis = StatusWord(0x6F00)

    /// `6Cxx`: wrong Le; the exact length is `xx` (`00` meaning 256).
    public static func wrongLe(exactLength: Int) -> StatusWord {
        StatusWord(sw1: 0x6C, sw2: UInt8(truncatingIfNeeded: min(max(exactLength, 0), 256)))
    }

    // MARK: Classification

    /// `9000`.
    public var isSuccess: Bool { self == .success }

    /// `61xx`: response bytes are waiting.
    public var isResponseBytesAvailable: Bool { sw1 == 0x61 }

    /// `6Cxx`: the command must be repeated with Le = `xx`.
    public var isWrongLe: Bool { sw1 == 0x6C }

    /// For `61xx` and `6Cxx`: the byte count in SW2, where `00` means 256; `nil` for other status words.
    public var announcedLength: Int? {
        guard isResponseBytesAvailable || isWrongLe else { return nil }
        return sw2 == 0 ? 256 : Int(sw2)
    }

    /// Four hex digits and, when known, the meaning, e.g. `6A82 (file or application not found)`.
    public var description: String {
        let hex = String(value, radix: 16, uppercase: true)
        let digits = String(repeating: "0", count: 4 - hex.count) + hex
        return meaning.map { "\(digits) (\($0))" } ?? digits
    }

    /// The meaning of this status word as ISO/IEC 7816-4 names it, if it is one this module knows.
    public var meaning: String? {
        switch sw1 {
        case 0x61: return "\(announcedLength ?? 0) response bytes available"
        case 0x6C: return "wrong Le, exact length \(announcedLength ?? 0)"
        default: break
        }
        switch value {
        case 0x9000: return "success"
        case 0x6700: return "wrong length"
        case 0x6881: return "logical channel not supported"
        case 0x6882: return "secure messaging not supported"
        case 0x6884: return "command chaining not supported"
        case 0x6982: return "security status not satisfied"
        case 0x6985: return "conditions of use not satisfied"
        case 0x6A80: return "incorrect parameters in the data field"
        case 0x6A81: return "function not supported"
        case 0x6A82: return "file or application not found"
        case 0x6A84: return "not enough memory"
        case 0x6A86: return "incorrect parameters P1-P2"
        case 0x6A88: return "referenced data not found"
        case 0x6B00: return "wrong parameters P1-P2"
        case 0x6D00: return "instruction not supported"
        case 0x6E00: return "class not supported"
        case 0x6F00: return "no precise diagnosis"
        default: return nil
        }
    }
}
