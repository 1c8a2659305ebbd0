import SwiftASN1

/// The simaResponse of a ProfileInstallationResult: the profile package interpreter's answer, an `EUICCResponse`
/// of the TCA eUICC Profile Package specification (PEDefinitions, AUTOMATIC TAGS):
///
/// ```asn1
/// EUICCResponse ::= SEQUENCE {
///     peStatus       SEQUENCE OF PEStatus,
///     profileInstallationAborted NULL OPTIONAL,
///     statusMessage  UTF8String (SIZE (2..64)) OPTIONAL
/// }
/// PEStatus ::= SEQUENCE {
///     status         INTEGER { ok (0), … unsupported-profile-version (31) },
///     identification UInt15 OPTIONAL, -- Identification number of the PE triggering the error
///     additional-information UInt8 OPTIONAL,
///     offset         UInt31 OPTIONAL
/// }
/// ```
///
/// The card only ever writes it (the SAIP module reads packages, not interpreter answers), so this is an encoder.
enum SIMAResponse {
    /// PEStatus codes the card reports.
    enum Status: Int {
        case ok = 0
        case peNotSupported = 1
        case badValues = 3
        case notEnoughMemory = 4
        case invalidRequestFormat = 5
        case featureNotSupported = 10
        case unsupportedProfileVersion = 31
    }

    /// `EUICCResponse` for a package installed in full: one PEStatus `ok`.
    static func success() throws -> [UInt8] {
        try encode(status: .ok, element: nil, aborted: false)
    }

    /// `EUICCResponse` for an aborted installation: the failing status, the index of the element at fault
    /// when known, and profileInstallationAborted.
    static func failure(_ status: Status, element: Int?) throws -> [UInt8] {
        try encode(status: status, element: element, aborted: true)
    }

    private static func encode(status: Status, element: Int?, aborted: Bool) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.appendConstructedNode(identifier: .sequence) { response in
            try response.appendConstructedNode(identifier: .context(0)) { list in
                try list.appendConstructedNode(identifier: .sequence) { peStatus in
                    try status.rawValue.serialize(into: &peStatus, withIdentifier: .context(0))
                    if let element {
                        try element.serialize(into: &peStatus, withIdentifier: .context(1))
                    }
                }
            }
            if aborted {
                try ASN1Null().serialize(into: &response, withIdentifier: .context(1))
            }
        }
        return serializer.serializedBytes
    }
}
