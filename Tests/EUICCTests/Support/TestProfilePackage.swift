import SAIP
import SGP22
import SwiftASN1

/// Small but valid SAIP profile packages for tests that need many ICCIDs: a ProfileHeader and a PE-End.
enum TestProfilePackage {
    /// A package for `iccid`, with `mandatoryServices` and `majorVersion` in its header, and, for memory tests,
    /// about `padding` more bytes in a PE-NonStandard.
    static func make(
        iccid: ICCID, mandatoryServices: Set<ServicesList.Service> = [.usim, .milenage], majorVersion: UInt8 = 2,
        padding: Int = 0
    ) throws -> [UInt8] {
        let header = ProfileHeader(
            majorVersion: majorVersion, minorVersion: 3, profileType: "EUICCTests", iccid: iccid.bcd,
            mandatoryServices: ServicesList(mandatoryServices), mandatoryGFSTEList: [])
        var serializer = DER.Serializer()
        try header.serialize(into: &serializer, withIdentifier: ProfileHeader.elementIdentifier)
        var bytes = serializer.serializedBytes
        if padding > 0 {
            // Filler: a PE-NonStandard ([9], 'A9') whose content is an OCTET STRING of `padding` bytes.
            var filler = DER.Serializer()
            try filler.appendConstructedNode(identifier: .context(9)) { element in
                try element.appendConstructedNode(identifier: .context(0)) { peHeader in
                    try 1.serialize(into: &peHeader, withIdentifier: .context(1))
                }
                try ASN1ObjectIdentifier("2.999.1").serialize(into: &element, withIdentifier: .context(1))
                try ASN1OctetString(contentBytes: ArraySlice(repeating: 0x5A, count: padding))
                    .serialize(into: &element, withIdentifier: .context(2))
            }
            bytes += filler.serializedBytes
        }
        // PE-End ([10], 'AA') with its PEHeader (identification 2).
        bytes += [0xAA, 0x05, 0xA0, 0x03, 0x81, 0x01, 0x02]
        return bytes
    }
}
