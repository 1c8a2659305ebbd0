import SwiftASN1

/// The Bound Profile Package: the Profile bound to one eUICC by the SM-DP+ (ES8+).
///
/// The segments are kept as the content of each `87`, `88` and `86` TLV: SCP03t-protected
/// data (ciphertext and MAC) that only the session keys open. `segments()` gives the chunks
/// in which the LPA hands the package to ES10b.LoadBoundProfilePackage, and
/// `BoundProfilePackageSegmentReader` takes them apart again on the eUICC side.
///
/// ```asn1
/// BoundProfilePackage ::= [54] SEQUENCE { -- Tag 'BF36'
///     initialiseSecureChannelRequest [35] InitialiseSecureChannelRequest, -- Tag 'BF23'
///     firstSequenceOf87 [0] SEQUENCE OF [7] OCTET STRING, -- sequence of '87' TLVs
///     sequenceOf88   [1] SEQUENCE OF [8] OCTET STRING, -- sequence of '88' TLVs
///     secondSequenceOf87 [2] SEQUENCE OF [7] OCTET STRING OPTIONAL, -- sequence of'87' TLVs
///     sequenceOf86   [3] SEQUENCE OF [6] OCTET STRING -- sequence of '86' TLVs
/// }
/// ```
public struct BoundProfilePackage: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF36`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF36) }

    /// `BF23`: opens the secure channel.
    public var initialiseSecureChannelRequest: InitialiseSecureChannelRequest
    /// `A0`: the `87` contents (ConfigureISDP, encrypted and MACed with the session keys).
    public var firstSequenceOf87: [[UInt8]]
    /// `A1`: the `88` contents (StoreMetadata, MACed).
    public var sequenceOf88: [[UInt8]]
    /// `A2`: the `87` contents (ReplaceSessionKeys), when the package uses Profile Protection Keys.
    public var secondSequenceOf87: [[UInt8]]?
    /// `A3`: the `86` contents (the profile package, encrypted and MACed, at most 1020 bytes each).
    public var sequenceOf86: [[UInt8]]

    public init(
        initialiseSecureChannelRequest: InitialiseSecureChannelRequest,
        firstSequenceOf87: [[UInt8]],
        sequenceOf88: [[UInt8]],
        secondSequenceOf87: [[UInt8]]? = nil,
        sequenceOf86: [[UInt8]]
    ) {
        self.initialiseSecureChannelRequest = initialiseSecureChannelRequest
        self.firstSequenceOf87 = firstSequenceOf87
        self.sequenceOf88 = sequenceOf88
        self.secondSequenceOf87 = secondSequenceOf87
        self.sequenceOf86 = sequenceOf86
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            let request: InitialiseSecureChannelRequest = try DER.field(&nodes, "initialiseSecureChannelRequest")
            let first87 = try Self.segmentList(&nodes, "firstSequenceOf87", .context(0), element: .context(7))
            let sequenceOf88 = try Self.segmentList(&nodes, "sequenceOf88", .context(1), element: .context(8))
            var second87: [[UInt8]]?
            var lookahead = nodes
            if lookahead.next()?.identifier == .context(2) {
                second87 = try Self.segmentList(&nodes, "secondSequenceOf87", .context(2), element: .context(7))
            }
            return BoundProfilePackage(
                initialiseSecureChannelRequest: request,
                firstSequenceOf87: first87,
                sequenceOf88: sequenceOf88,
                secondSequenceOf87: second87,
                sequenceOf86: try Self.segmentList(&nodes, "sequenceOf86", .context(3), element: .context(6)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(initialiseSecureChannelRequest)
            try Self.serializeSegmentList(firstSequenceOf87, .context(0), element: .context(7), into: &coder)
            try Self.serializeSegmentList(sequenceOf88, .context(1), element: .context(8), into: &coder)
            if let secondSequenceOf87 {
                try Self.serializeSegmentList(secondSequenceOf87, .context(2), element: .context(7), into: &coder)
            }
            try Self.serializeSegmentList(sequenceOf86, .context(3), element: .context(6), into: &coder)
        }
    }

    /// A mandatory `[n] SEQUENCE OF [m] OCTET STRING`, as the contents of its elements.
    private static func segmentList(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        _ identifier: ASN1Identifier,
        element: ASN1Identifier
    ) throws -> [[UInt8]] {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
        return try segmentList(node, field, identifier, element: element)
    }

    /// `node` as a `[n] SEQUENCE OF [m] OCTET STRING`, as the contents of its elements.
    static func segmentList(
        _ node: ASN1Node,
        _ field: String,
        _ identifier: ASN1Identifier,
        element: ASN1Identifier
    ) throws -> [[UInt8]] {
        guard node.identifier == identifier, case .constructed(let elements) = node.content else {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field): expected constructed \(identifier), found \(node.identifier)")
        }
        return try elements.map { child in
            guard child.identifier == element else {
                throw ASN1Error.invalidASN1Object(
                    reason: "component \(field): expected elements \(element), found \(child.identifier)")
            }
            return Array(try ASN1OctetString(derEncoded: child, withIdentifier: element).bytes)
        }
    }

    static func serializeSegmentList(
        _ segments: [[UInt8]],
        _ identifier: ASN1Identifier,
        element: ASN1Identifier,
        into coder: inout DER.Serializer
    ) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            for segment in segments {
                try coder.serializeOctets(segment, identifier: element)
            }
        }
    }
}
