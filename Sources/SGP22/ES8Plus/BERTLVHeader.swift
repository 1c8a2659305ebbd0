/// The tag and definite length at the front of a BER-TLV, read or written apart from its value.
///
/// ES10b.LoadBoundProfilePackage sends some parts of the package as a bare header (`BF36 …`,
/// `A1 …`, `A3 …`) whose value follows in later segments, which a whole-value DER parser
/// cannot read; this does, with DER's rules for the length.
struct BERTLVHeader: Hashable, Sendable {
    /// The tag octets as SGP.22 prints them (`0xBF36`, `0xA1`, `0x86`).
    var tag: UInt32
    /// The length of the value.
    var length: Int
    /// How many octets the tag and length take.
    var size: Int

    /// Why a header could not be read.
    struct Failure: Error, Hashable, Sendable {
        var reason: String
    }

    /// Reads the header at the start of `bytes`; the value need not be there.
    static func read(_ bytes: some Collection<UInt8>) throws(Failure) -> BERTLVHeader {
        let octets = Array(bytes)
        guard let first = octets.first else { throw Failure(reason: "no bytes") }
        var index = 1
        var tag = UInt32(first)
        if first & 0x1F == 0x1F {
            // Subsequent tag octets carry bit 8 while more follow; SGP.22 tags take at most three.
            while true {
                guard index < octets.count else { throw Failure(reason: "tag \(hex(octets)) is truncated") }
                guard index < 3 else { throw Failure(reason: "tag starting \(hex(octets.prefix(3))) is too long") }
                tag = tag << 8 | UInt32(octets[index])
                index += 1
                if octets[index - 1] & 0x80 == 0 { break }
            }
        }
        guard index < octets.count else { throw Failure(reason: "length of tag \(String(tag, radix: 16)) is missing") }
        let lengthOctet = octets[index]
        index += 1
        if lengthOctet < 0x80 {
            return BERTLVHeader(tag: tag, length: Int(lengthOctet), size: index)
        }
        let count = Int(lengthOctet & 0x7F)
        guard count != 0 else { throw Failure(reason: "indefinite length is not allowed") }
        guard count <= 3 else { throw Failure(reason: "length takes \(count) octets, at most 3 allowed") }
        guard index + count <= octets.count else { throw Failure(reason: "length octets are truncated") }
        var length = 0
        for octet in octets[index..<index + count] {
            length = length << 8 | Int(octet)
        }
        // DER: the long form only when needed, without leading zero octets.
        guard length >= 0x80, octets[index] != 0 else {
            throw Failure(reason: "length \(length) is not in its shortest form")
        }
        return BERTLVHeader(tag: tag, length: length, size: index + count)
    }

    /// The octets of the tag followed by `length` in DER's shortest form.
    static func encode(tag: UInt32, length: Int) -> [UInt8] {
        var octets: [UInt8] = []
        var remaining = tag
        repeat {
            octets.insert(UInt8(remaining & 0xFF), at: 0)
            remaining >>= 8
        } while remaining != 0
        if length < 0x80 {
            return octets + [UInt8(length)]
        }
        var lengthOctets: [UInt8] = []
        var value = length
        while value > 0 {
            lengthOctets.insert(UInt8(value & 0xFF), at: 0)
            value >>= 8
        }
        return octets + [0x80 | UInt8(lengthOctets.count)] + lengthOctets
    }

    /// `tag` as SGP.22 prints it, for messages.
    static func describe(tag: UInt32) -> String {
        String(tag, radix: 16, uppercase: true)
    }

    private static func hex(_ octets: some Collection<UInt8>) -> String {
        octets.map { $0 < 0x10 ? "0" + String($0, radix: 16, uppercase: true) : String($0, radix: 16, uppercase: true) }
            .joined()
    }
}
