/// The instruction bytes this module handles itself.
public enum Instruction {
    /// MANAGE CHANNEL (ISO/IEC 7816-4 §11.1.2): P1 `00` opens, `80` closes a logical channel.
    public static let manageChannel: UInt8 = 0x70
    /// SELECT (ISO/IEC 7816-4 §11.2.2); P1 `04` selects by DF name (AID).
    public static let select: UInt8 = 0xA4
    /// GET RESPONSE (ISO/IEC 7816-4 §11.7.1): fetches response bytes announced by `61xx`.
    public static let getResponse: UInt8 = 0xC0
    /// STORE DATA (GlobalPlatform Card Specification §11.11), the carrier of ES10 (SGP.22 §5.7.2).
    public static let storeData: UInt8 = 0xE2
}
