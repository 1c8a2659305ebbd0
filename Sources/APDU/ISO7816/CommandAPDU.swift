/// A command APDU (ISO/IEC 7816-4 §5.1): header CLA INS P1 P2, an optional command data field announced by Lc,
/// and an optional Le giving Ne, the maximum number of response bytes expected.
///
/// The four cases of §5.1 in short form (Lc and Le one byte each) and in extended form (Lc two bytes after a
/// `00` marker, Le two or three bytes) are both parsed; `isExtended` tells which form arrived, so a card that
/// supports only short APDUs can refuse the others with a clear status word.
public struct CommandAPDU: Hashable, Sendable, CustomStringConvertible {
    /// The class byte.
    public var cla: UInt8
    /// The instruction byte.
    public var ins: UInt8
    /// Parameter 1.
    public var p1: UInt8
    /// Parameter 2.
    public var p2: UInt8
    /// The command data field (empty in cases 1 and 2).
    public var data: [UInt8]
    /// Ne, the maximum number of response bytes expected: `nil` when Le is absent (cases 1 and 3),
    /// otherwise 1...256 in short form (Le `00` means 256) and 1...65536 in extended form.
    public var ne: Int?
    /// Whether this APDU was parsed from, or will be encoded in, the extended-length form.
    public var isExtended: Bool

    /// A command APDU; the form (short or extended) is chosen from the sizes.
    ///
    /// - Precondition: `data.count <= 65535` and `ne`, when given, in `1...65536`.
    public init(cla: UInt8, ins: UInt8, p1: UInt8, p2: UInt8, data: [UInt8] = [], ne: Int? = nil) {
        precondition(data.count <= 65535, "command data field longer than 65535 bytes")
        precondition(ne.map { (1...65536).contains($0) } ?? true, "Ne outside 1...65536")
        self.cla = cla
        self.ins = ins
        self.p1 = p1
        self.p2 = p2
        self.data = data
        self.ne = ne
        self.isExtended = data.count > 255 || (ne ?? 0) > 256
    }

    /// Parses a command APDU from its bytes.
    ///
    /// - Throws: `APDUFormatError` when the bytes are not one of the four cases, short or extended.
    public init(bytes: [UInt8]) throws(APDUFormatError) {
        guard bytes.count >= 4 else { throw .commandTooShort(length: bytes.count) }
        cla = bytes[0]
        ins = bytes[1]
        p1 = bytes[2]
        p2 = bytes[3]
        data = []
        ne = nil
        isExtended = false
        let body = Array(bytes[4...])
        if body.isEmpty { return }  // case 1
        if body.count == 1 {  // case 2S
            ne = body[0] == 0 ? 256 : Int(body[0])
            return
        }
        if body[0] != 0 {  // cases 3S and 4S
            let lc = Int(body[0])
            switch body.count {
            case 1 + lc:
                data = Array(body[1...])
            case 2 + lc:
                data = Array(body[1...lc])
                ne = body[1 + lc] == 0 ? 256 : Int(body[1 + lc])
            default:
                if body.count < 1 + lc {
                    throw .lcExceedsData(lc: lc, available: body.count - 1)
                }
                throw .trailingBytes(count: body.count - 2 - lc)
            }
            return
        }
        try parseExtended(body)
    }

    /// Extended form: `body` starts with the `00` marker.
    private mutating func parseExtended(_ body: [UInt8]) throws(APDUFormatError) {
        isExtended = true
        guard body.count >= 3 else { throw .malformedExtendedLength(bodyLength: body.count) }
        let first = Int(body[1]) << 8 | Int(body[2])
        if body.count == 3 {  // case 2E
            ne = first == 0 ? 65536 : first
            return
        }
        let lc = first
        guard lc != 0 else { throw .zeroLc }
        switch body.count {
        case 3 + lc:  // case 3E
            data = Array(body[3...])
        case 5 + lc:  // case 4E
            data = Array(body[3..<(3 + lc)])
            let le = Int(body[3 + lc]) << 8 | Int(body[4 + lc])
            ne = le == 0 ? 65536 : le
        default:
            if body.count < 3 + lc {
                throw .lcExceedsData(lc: lc, available: body.count - 3)
            }
            throw .trailingBytes(count: body.count - 3 - lc)
        }
    }

    /// The ISO/IEC 7816-4 case: 1 (no data, no Le), 2 (Le only), 3 (data only) or 4 (data and Le).
    public var isoCase: Int {
        switch (data.isEmpty, ne == nil) {
        case (true, true): return 1
        case (true, false): return 2
        case (false, true): return 3
        case (false, false): return 4
        }
    }

    /// The encoded APDU, in the form `isExtended` names.
    public var bytes: [UInt8] {
        var out: [UInt8] = [cla, ins, p1, p2]
        if isExtended {
            if !data.isEmpty {
                out += [0x00, UInt8(data.count >> 8), UInt8(data.count & 0xFF)]
                out += data
            }
            if let ne {
                let le = ne == 65536 ? 0 : ne
                if data.isEmpty { out.append(0x00) }
                out += [UInt8(le >> 8 & 0xFF), UInt8(le & 0xFF)]
            }
        } else {
            if !data.isEmpty {
                out.append(UInt8(data.count))
                out += data
            }
            if let ne { out.append(ne == 256 ? 0 : UInt8(ne)) }
        }
        return out
    }

    /// The APDU in hex, header separated from the body, e.g. `80E29100 03 BF2E00`.
    public var description: String {
        let encoded = bytes
        return encoded.prefix(4).hexString + (encoded.count > 4 ? " " + encoded.dropFirst(4).hexString : "")
    }
}
