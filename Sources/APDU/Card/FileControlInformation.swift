/// What SELECT returns for an application (ISO/IEC 7816-4 §7.4, ETSI TS 102 221 §11.1.1.3).
///
/// ```
/// FCI template  6F L { 84 L <DF name (AID)>  A5 L <proprietary data> }
/// FCP template  62 L { 82 02 78 21  84 L <AID>  A5 L <proprietary data>  8A 01 05 }
/// ```
/// The A5 template is left out when the proprietary data is empty. In the FCP, `82 02 78 21` describes a
/// shareable DF (an ADF) and `8A 01 05` is the life cycle status "operational state - activated".
public struct FileControlInformation: Hashable, Sendable {
    /// The application's AID, carried as the DF name (tag 84).
    public var aid: [UInt8]
    /// The contents of the proprietary template A5 (BER-TLV data objects the application chooses).
    public var proprietaryData: [UInt8]

    /// FCI for `aid` with the given proprietary data.
    public init(aid: [UInt8], proprietaryData: [UInt8] = []) {
        self.aid = aid
        self.proprietaryData = proprietaryData
    }

    /// The FCI template `6F`, answered to SELECT with P2 `00`.
    public var fciTemplate: [UInt8] {
        Self.tlv(0x6F, Self.tlv(0x84, aid) + proprietaryTemplate)
    }

    /// The FCP template `62`, answered to SELECT with P2 `04`.
    public var fcpTemplate: [UInt8] {
        let descriptor = Self.tlv(0x82, [0x78, 0x21])
        let lifeCycle = Self.tlv(0x8A, [0x05])
        return Self.tlv(0x62, descriptor + Self.tlv(0x84, aid) + proprietaryTemplate + lifeCycle)
    }

    private var proprietaryTemplate: [UInt8] {
        proprietaryData.isEmpty ? [] : Self.tlv(0xA5, proprietaryData)
    }

    /// One-byte tag, BER definite length (short form below 128, else `81`/`82`/`83` long form).
    private static func tlv(_ tag: UInt8, _ value: [UInt8]) -> [UInt8] {
        let count = value.count
        let length: [UInt8]
        switch count {
        case ..<0x80: length = [UInt8(count)]
        case ..<0x100: length = [0x81, UInt8(count)]
        case ..<0x10000: length = [0x82, UInt8(count >> 8), UInt8(count & 0xFF)]
        default: length = [0x83, UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]
        }
        return [tag] + length + value
    }
}
