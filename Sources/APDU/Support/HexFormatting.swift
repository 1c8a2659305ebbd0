extension Sequence where Element == UInt8 {
    /// Upper-case hex digits without separators, as SGP.22 and ISO/IEC 7816-4 print byte strings.
    var hexString: String {
        var out = ""
        for byte in self {
            out += byte < 0x10 ? "0" : ""
            out += String(byte, radix: 16, uppercase: true)
        }
        return out
    }
}
