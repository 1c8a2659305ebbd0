import SwiftASN1
import SGP22

/// Field readers the SPB messages share, on top of SGP22's `DER.octets`, `DER.field` and friends.
///
/// Every reader names the component it reads, so a refusal says which field of which message broke.
extension DER {
    /// A mandatory OCTET STRING under `identifier`, named `field` in errors.
    static func octets(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier,
        size: ClosedRange<Int>? = nil
    ) throws -> [UInt8] {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
        guard node.identifier == identifier else {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field): expected \(identifier), found \(node.identifier)")
        }
        let bytes = Array(try ASN1OctetString(derEncoded: node, withIdentifier: identifier).bytes)
        if let size, !size.contains(bytes.count) {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field) has \(bytes.count) bytes, allowed \(size)")
        }
        return bytes
    }

    /// An OPTIONAL OCTET STRING under `identifier`, named `field` in errors.
    static func optionalOctets(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier,
        size: ClosedRange<Int>? = nil
    ) throws -> [UInt8]? {
        guard peek(nodes) == identifier else { return nil }
        return try octets(&nodes, field, identifier: identifier, size: size)
    }

    /// An OPTIONAL component of type `T` under `identifier`.
    static func optionalField<T: DERImplicitlyTaggable>(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier = T.defaultIdentifier,
        as: T.Type = T.self
    ) throws -> T? {
        guard peek(nodes) == identifier else { return nil }
        return try DER.field(&nodes, field, identifier: identifier, as: T.self)
    }

    /// A mandatory INTEGER under `identifier` that must lie in `range`.
    static func integer(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier,
        range: ClosedRange<Int> = 0...Int.max
    ) throws -> Int {
        let value = try DER.field(&nodes, field, identifier: identifier, as: Int.self)
        guard range.contains(value) else {
            throw ASN1Error.invalidASN1Object(reason: "component \(field) is \(value), allowed \(range)")
        }
        return value
    }

    /// The ECDSA signature in a `5F37` component: raw r‖s, exactly 64 bytes for P-256.
    static func signature(_ nodes: inout ASN1NodeCollection.Iterator, _ field: String) throws -> [UInt8] {
        try octets(&nodes, field, identifier: .application(55), size: 64...64)
    }

    /// An uncompressed P-256 point in a `5F49` component: 65 bytes starting with `04`.
    static func publicKeyPoint(_ nodes: inout ASN1NodeCollection.Iterator, _ field: String) throws -> [UInt8] {
        let point = try octets(&nodes, field, identifier: .application(73), size: 65...65)
        guard point.first == 0x04 else {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field) is not an uncompressed point ('04' ‖ X ‖ Y)")
        }
        return point
    }

    /// A mandatory `[n] SEQUENCE OF [m] OCTET STRING`, as the contents of its elements.
    static func taggedOctetsList(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier,
        element: ASN1Identifier
    ) throws -> [[UInt8]] {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
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

    /// A mandatory `[n] SEQUENCE OF T` whose elements carry their own default tag.
    static func list<T: DERImplicitlyTaggable>(
        _ nodes: inout ASN1NodeCollection.Iterator,
        _ field: String,
        identifier: ASN1Identifier,
        of: T.Type = T.self
    ) throws -> [T] {
        guard let node = nodes.next() else {
            throw ASN1Error.invalidASN1Object(reason: "missing mandatory component \(field) \(identifier)")
        }
        guard node.identifier == identifier, case .constructed(let elements) = node.content else {
            throw ASN1Error.invalidASN1Object(
                reason: "component \(field): expected constructed \(identifier), found \(node.identifier)")
        }
        return try elements.map { child in
            guard child.identifier == T.defaultIdentifier else {
                throw ASN1Error.invalidASN1Object(
                    reason: "component \(field): expected elements \(T.defaultIdentifier), found \(child.identifier)")
            }
            return try T(derEncoded: child)
        }
    }

    /// The identifier of the next component, without consuming it.
    static func peek(_ nodes: ASN1NodeCollection.Iterator) -> ASN1Identifier? {
        var lookahead = nodes
        return lookahead.next()?.identifier
    }
}

extension DER.Serializer {
    /// Writes `elements` as `[n] SEQUENCE OF [m] OCTET STRING`.
    mutating func serializeTaggedOctetsList(
        _ elements: [[UInt8]], identifier: ASN1Identifier, element: ASN1Identifier
    ) throws {
        try appendConstructedNode(identifier: identifier) { coder in
            for item in elements {
                try coder.serializeOctets(item, identifier: element)
            }
        }
    }

    /// Writes `elements` as `[n] SEQUENCE OF T`, each element under its default tag.
    mutating func serializeList<T: DERSerializable>(_ elements: [T], identifier: ASN1Identifier) throws {
        try appendConstructedNode(identifier: identifier) { coder in
            for item in elements {
                try coder.serialize(item)
            }
        }
    }
}
