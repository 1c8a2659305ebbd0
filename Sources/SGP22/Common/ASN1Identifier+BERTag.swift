import SwiftASN1

extension ASN1Identifier {
    /// Builds an identifier from the tag bytes as SGP.22 prints them (`0xBF38`, `0x5F37`, `0x80`, `0xE3`).
    ///
    /// SGP.22 names every message by its BER tag; writing `.berTag(0xBF38)` keeps the
    /// code checkable against the specification at a glance. The constructed bit is
    /// ignored here because swift-asn1 derives it from the node's content.
    public static func berTag(_ bytes: UInt32) -> ASN1Identifier {
        var octets: [UInt8] = []
        var value = bytes
        repeat {
            octets.insert(UInt8(value & 0xFF), at: 0)
            value >>= 8
        } while value != 0
        let first = octets[0]
        let tagClass: TagClass
        switch first >> 6 {
        case 0: tagClass = .universal
        case 1: tagClass = .application
        case 2: tagClass = .contextSpecific
        default: tagClass = .private
        }
        if first & 0x1F != 0x1F {
            return ASN1Identifier(tagWithNumber: UInt(first & 0x1F), tagClass: tagClass)
        }
        var number: UInt = 0
        for octet in octets.dropFirst() {
            number = (number << 7) | UInt(octet & 0x7F)
        }
        return ASN1Identifier(tagWithNumber: number, tagClass: tagClass)
    }

    /// `[n]` in an ASN.1 module: a context-specific tag.
    public static func context(_ number: UInt) -> ASN1Identifier {
        ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific)
    }

    /// `[APPLICATION n]` in an ASN.1 module.
    public static func application(_ number: UInt) -> ASN1Identifier {
        ASN1Identifier(tagWithNumber: number, tagClass: .application)
    }
}
