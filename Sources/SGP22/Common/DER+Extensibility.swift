import SwiftASN1

/// Reading SEQUENCEs of a module declared `EXTENSIBILITY IMPLIED`.
///
/// Every SEQUENCE in SGP.22's modules may grow: a newer eUICC or server appends
/// components after the ones this version knows. Decoders read the components they
/// know in order, reject a missing mandatory one or a wrong tag, and skip what follows.
extension DER {
    /// Parses `node` as a SEQUENCE under `identifier`, then skips components `builder` left unread.
    public static func extensibleSequence<T>(
        _ node: ASN1Node,
        identifier: ASN1Identifier,
        _ builder: (inout ASN1NodeCollection.Iterator) throws -> T
    ) throws -> T {
        try DER.sequence(node, identifier: identifier) { nodes in
            let result = try builder(&nodes)
            while nodes.next() != nil {}
            return result
        }
    }

    /// A mandatory component of type `T` under `identifier`, with an error naming `field` when it is missing.
    public static func field<T: DERImplicitlyTaggable>(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier = T.defaultIdentifier,
        as: T.Type = T.self
    ) throws -> T {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
        guard node.identifier == identifier else {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field): expected \(identifier), found \(node.identifier)")
        }
        return try T(derEncoded: node, withIdentifier: identifier)
    }

    /// A mandatory `SEQUENCE OF T` under `identifier` (the elements under their default tags).
    public static func sequenceOf<T: DERParseable>(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier,
        of: T.Type = T.self
    ) throws -> [T] {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
        return try sequenceOf(node, field, identifier: identifier)
    }

    /// An OPTIONAL `SEQUENCE OF T` under `identifier`.
    public static func optionalSequenceOf<T: DERParseable>(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier,
        of: T.Type = T.self
    ) throws -> [T]? {
        var lookahead = nodes
        guard let node = lookahead.next(), node.identifier == identifier else { return nil }
        nodes = lookahead
        return try sequenceOf(node, field, identifier: identifier)
    }

    /// `node` as a `SEQUENCE OF T` under `identifier`.
    public static func sequenceOf<T: DERParseable>(
        _ node: ASN1Node,
        _ field: String,
        identifier: ASN1Identifier,
        of: T.Type = T.self
    ) throws -> [T] {
        guard node.identifier == identifier, case .constructed(let elements) = node.content else {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field): expected SEQUENCE OF \(identifier), found \(node.identifier)")
        }
        return try elements.map { try T(derEncoded: $0) }
    }

    /// A `SEQUENCE OF OCTET STRING` under `identifier`, such as a list of SubjectKeyIdentifiers.
    public static func octetsList(
        _ node: ASN1Node,
        _ field: String,
        identifier: ASN1Identifier
    ) throws -> [[UInt8]] {
        let strings = try sequenceOf(node, field, identifier: identifier, of: ASN1OctetString.self)
        return strings.map { Array($0.bytes) }
    }

    /// A mandatory `SEQUENCE OF OCTET STRING` component under `identifier`.
    public static func octetsList(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier
    ) throws -> [[UInt8]] {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
        return try octetsList(node, field, identifier: identifier)
    }

    /// An OPTIONAL `SEQUENCE OF OCTET STRING` component under `identifier`.
    public static func optionalOctetsList(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier
    ) throws -> [[UInt8]]? {
        var lookahead = nodes
        guard let node = lookahead.next(), node.identifier == identifier else { return nil }
        nodes = lookahead
        return try octetsList(node, field, identifier: identifier)
    }

    /// A UTF8String component under `identifier` whose length in characters must lie in `size`.
    public static func utf8String(
        _ node: ASN1Node,
        _ field: String,
        identifier: ASN1Identifier = .utf8String,
        size: ClosedRange<Int>? = nil
    ) throws -> String {
        let bytes = try ASN1UTF8String(derEncoded: node, withIdentifier: identifier).bytes
        let string = String(decoding: bytes, as: UTF8.self)
        // Decoding repairs bad sequences with U+FFFD; a repaired string no longer matches its bytes.
        guard string.utf8.elementsEqual(bytes) else {
            throw ASN1Error.invalidASN1Object(reason: "UTF8String \(field) is not valid UTF-8")
        }
        if let size, !size.contains(string.count) {
            throw ASN1Error.invalidASN1Object(
                reason: "UTF8String \(field) has \(string.count) characters, allowed \(size)")
        }
        return string
    }

    /// A mandatory UTF8String component.
    public static func utf8String(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier = .utf8String,
        size: ClosedRange<Int>? = nil
    ) throws -> String {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
        return try utf8String(node, field, identifier: identifier, size: size)
    }

    /// An OPTIONAL UTF8String component.
    public static func optionalUTF8String(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier = .utf8String,
        size: ClosedRange<Int>? = nil
    ) throws -> String? {
        var lookahead = nodes
        guard let node = lookahead.next(), node.identifier == identifier else { return nil }
        nodes = lookahead
        return try utf8String(node, field, identifier: identifier, size: size)
    }

    /// The single child of an explicit tag (`[n]` around a CHOICE), for a component named `field`.
    public static func explicitChild(_ node: ASN1Node, _ field: String, identifier: ASN1Identifier) throws -> ASN1Node {
        guard node.identifier == identifier else {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field): expected \(identifier), found \(node.identifier)")
        }
        guard case .constructed(let children) = node.content else {
            throw ASN1Error.invalidASN1Object(reason: "explicit tag \(identifier) of \(field) is primitive")
        }
        var iterator = children.makeIterator()
        guard let child = iterator.next(), iterator.next() == nil else {
            throw ASN1Error.invalidASN1Object(reason: "explicit tag \(identifier) of \(field) must hold one value")
        }
        return child
    }
}

extension DER.Serializer {
    /// Writes `string` as a UTF8String under `identifier`.
    public mutating func serializeUTF8String(_ string: String, identifier: ASN1Identifier = .utf8String) throws {
        try ASN1UTF8String(string).serialize(into: &self, withIdentifier: identifier)
    }

    /// Writes `string` as a UTF8String under `identifier` when present.
    public mutating func serializeOptionalUTF8String(
        _ string: String?, identifier: ASN1Identifier = .utf8String
    ) throws {
        guard let string else { return }
        try serializeUTF8String(string, identifier: identifier)
    }

    /// Writes `elements` as a SEQUENCE OF OCTET STRING under `identifier`.
    public mutating func serializeOctetsList(_ elements: [[UInt8]], identifier: ASN1Identifier) throws {
        try appendConstructedNode(identifier: identifier) { coder in
            for element in elements {
                try coder.serializeOctets(element, identifier: .octetString)
            }
        }
    }
}
