/// The one-byte control payloads vsmartcard's vpcd sends to the virtual card (vpcd's `VPCD_CTRL_*`).
public enum VPCDControlCode: UInt8, Sendable, CaseIterable {
    /// Power the card off; no answer.
    case powerOff = 0
    /// Power the card on; no answer.
    case powerOn = 1
    /// Reset the card; no answer.
    case reset = 2
    /// Ask for the ATR; answered with the ATR bytes as one frame.
    case getATR = 4
}
