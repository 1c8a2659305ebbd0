/// How Si3 travels: APDUs to the SPB Loader application on the Primary Platform, framed like ES10.
///
/// The LBA selects the SPBL by AID (`SELECT` `00 A4 04 00`) on a logical channel and sends each request as
/// the data of STORE DATA commands (CLA `80|channel`, INS `E2`, P1 `11` for a middle block and `91` for the
/// last, P2 the block number from 0, blocks of at most 255 bytes). The answer is the DER response, fetched
/// with GET RESPONSE (`C0`) while the status word is `61xx`. The APDU layer (`APDU` module) does this framing
/// for ES10 already; Si3 reuses it unchanged, only the AID and the messages differ.
public enum Si3Interface {
    /// The SPBL's AID: `F0 53 53 50 53 50 42 4C 01`.
    ///
    /// ISO/IEC 7816-4 reserves AIDs starting with `F` for proprietary use without registration; the rest is
    /// `"SSPSPBL"` in ASCII and the Si3 major version, `01`.
    public static let spblAID: [UInt8] = [0xF0, 0x53, 0x53, 0x50, 0x53, 0x50, 0x42, 0x4C, 0x01]

    /// The STORE DATA instruction byte.
    public static let storeDataINS: UInt8 = 0xE2
    /// P1 of a middle block.
    public static let moreBlocksP1: UInt8 = 0x11
    /// P1 of the last block.
    public static let lastBlockP1: UInt8 = 0x91
    /// The largest block of command data one STORE DATA carries.
    public static let maximumBlockSize = 255
}
