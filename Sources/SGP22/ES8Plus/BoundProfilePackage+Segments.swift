import SwiftASN1

extension BoundProfilePackage {
    /// The package cut into the chunks the LPA sends with ES10b.LoadBoundProfilePackage (SGP.22 2.5.5).
    ///
    /// In order: the `BF36` tag and length followed by the whole `BF23`; the whole `A0`; the
    /// `A1` tag and length; each `88` TLV; the whole `A2` when present; the `A3` tag and length;
    /// each `86` TLV. Concatenated, the chunks are exactly the package's DER.
    public func segments() throws -> [[UInt8]] {
        let initialise = try initialiseSecureChannelRequest.derBytes()
        let first87 = try Self.segmentListBytes(firstSequenceOf87, .context(0), element: .context(7))
        let elements88 = try sequenceOf88.map { try Self.elementBytes($0, .context(8)) }
        let second87 = try secondSequenceOf87.map { try Self.segmentListBytes($0, .context(2), element: .context(7)) }
        let elements86 = try sequenceOf86.map { try Self.elementBytes($0, .context(6)) }

        let length88 = elements88.reduce(0) { $0 + $1.count }
        let length86 = elements86.reduce(0) { $0 + $1.count }
        let header88 = BERTLVHeader.encode(tag: 0xA1, length: length88)
        let header86 = BERTLVHeader.encode(tag: 0xA3, length: length86)
        let contentLength = initialise.count + first87.count + header88.count + length88
            + (second87?.count ?? 0) + header86.count + length86
        let header = BERTLVHeader.encode(tag: 0xBF36, length: contentLength)

        var chunks: [[UInt8]] = [header + initialise, first87, header88]
        chunks += elements88
        if let second87 {
            chunks.append(second87)
        }
        chunks.append(header86)
        chunks += elements86
        return chunks
    }

    private static func segmentListBytes(
        _ segments: [[UInt8]], _ identifier: ASN1Identifier, element: ASN1Identifier
    ) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializeSegmentList(segments, identifier, element: element, into: &serializer)
        return serializer.serializedBytes
    }

    private static func elementBytes(_ content: [UInt8], _ identifier: ASN1Identifier) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serializeOctets(content, identifier: identifier)
        return serializer.serializedBytes
    }
}
