import SwiftASN1

extension DERParseable {
    /// Decodes one complete DER value; trailing bytes are an error.
    public init(derBytes: some Collection<UInt8>) throws {
        try self.init(derEncoded: DER.parse(Array(derBytes)))
    }
}

extension DERSerializable {
    /// The DER encoding of this value.
    public func derBytes() throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(self)
        return serializer.serializedBytes
    }
}

extension DERImplicitlyTaggable {
    /// Decodes one complete DER value carrying `identifier` instead of the default tag.
    public init(derBytes: some Collection<UInt8>, withIdentifier identifier: ASN1Identifier) throws {
        try self.init(derEncoded: DER.parse(Array(derBytes)), withIdentifier: identifier)
    }
}

/// Reading and writing OCTET STRING fields as plain byte arrays, the way SGP.22
/// declares most of its fields (TransactionId, Octet16, Octet32, VersionType, …).
extension DER {
    /// A mandatory OCTET STRING carried under `identifier`.
    public static func octets(
        _ nodes: inout ASN1NodeCollection.Iterator,
        identifier: ASN1Identifier,
        size: ClosedRange<Int>? = nil
    ) throws -> [UInt8] {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing OCTET STRING \(identifier)")
        }
        let value = try ASN1OctetString(derEncoded: node, withIdentifier: identifier)
        return try checkedSize(Array(value.bytes), size, identifier)
    }

    /// An OPTIONAL OCTET STRING carried under `identifier`.
    public static func optionalOctets(
        _ nodes: inout ASN1NodeCollection.Iterator,
        identifier: ASN1Identifier,
        size: ClosedRange<Int>? = nil
    ) throws -> [UInt8]? {
        guard let value = try DER.optionalImplicitlyTagged(&nodes, tag: identifier, as: ASN1OctetString.self)
        else { return nil }
        return try checkedSize(Array(value.bytes), size, identifier)
    }

    private static func checkedSize(
        _ bytes: [UInt8], _ size: ClosedRange<Int>?, _ identifier: ASN1Identifier
    ) throws -> [UInt8] {
        if let size, !size.contains(bytes.count) {
            throw ASN1Error.invalidASN1Object(
                reason: "OCTET STRING \(identifier) has \(bytes.count) bytes, allowed \(size)")
        }
        return bytes
    }

    /// An OPTIONAL value of an implicitly taggable type under `tag`.
    public static func optionalImplicitlyTagged<T: DERImplicitlyTaggable>(
        _ nodes: inout ASN1NodeCollection.Iterator, tag: ASN1Identifier, as: T.Type = T.self
    ) throws -> T? {
        try DER.optionalImplicitlyTagged(&nodes, tag: tag)
    }
}

extension DER.Serializer {
    /// Writes `bytes` as an OCTET STRING under `identifier`.
    public mutating func serializeOctets(_ bytes: [UInt8], identifier: ASN1Identifier) throws {
        try ASN1OctetString(contentBytes: bytes[...]).serialize(into: &self, withIdentifier: identifier)
    }

    /// Writes `bytes` as an OCTET STRING under `identifier` when present.
    public mutating func serializeOptionalOctets(_ bytes: [UInt8]?, identifier: ASN1Identifier) throws {
        guard let bytes else { return }
        try serializeOctets(bytes, identifier: identifier)
    }
}
