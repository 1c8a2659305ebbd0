import SwiftASN1

/// The exact bytes a signed structure arrived in.
///
/// SGP.22 signatures cover DER bytes as the signer sent them (serverSigned1, euiccSigned1,
/// smdpSigned2, euiccSigned2, ProfileInstallationResultData, tbsOtherNotification). A decoder
/// that skips components it does not know (a v3 server's `sessionContext`, a newer eUICC's
/// EUICCInfo2 fields) would change those bytes if it simply re-encoded its fields, and every
/// signature check would fail. Signed structures therefore keep what they received and write it
/// back unchanged until one of their fields is set. The project's own Si2/Si3 types (module SPB) do the same.
public struct ReceivedEncoding: Hashable, Sendable {
    /// The identifier the value was read under.
    public let identifier: ASN1Identifier
    /// The whole TLV as received.
    public let bytes: [UInt8]

    public init(_ node: ASN1Node) {
        self.identifier = node.identifier
        self.bytes = Array(node.encodedBytes)
    }
}

extension DER.Serializer {
    /// Writes `received` when it was read under `identifier`; otherwise runs `encode`.
    public mutating func serialize(
        preserving received: ReceivedEncoding?,
        identifier: ASN1Identifier,
        _ encode: (inout DER.Serializer) throws -> Void
    ) rethrows {
        if let received, received.identifier == identifier {
            serializeRawBytes(received.bytes)
        } else {
            try encode(&self)
        }
    }
}

extension DERSerializable {
    /// The DER of this value, or no bytes when it cannot be encoded; equality of signed structures.
    public var encodedForComparison: [UInt8] {
        (try? derBytes()) ?? []
    }
}
