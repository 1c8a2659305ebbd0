import SSPCrypto
import SwiftASN1

/// Walks a BoundProfilePackage ('BF36') with generic ASN.1 nodes and hands out its BSP segments, so the
/// BSP tests do not depend on SGP22's typed model.
struct BoundProfilePackageWalk {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// How an element of a sequenceOfXX carries its segment.
    enum Wrapping {
        /// SGP.22 as written (and pysim's current SM-DP+): the element's own TLV is the segment.
        case single
        /// Some SM-DP+s (pysim's TestBSPdecode package): the element's value is the segment TLV.
        case double
    }

    let initialiseSecureChannelRequest: ASN1Node
    let firstSequenceOf87: [ArraySlice<UInt8>]
    let sequenceOf88: [ArraySlice<UInt8>]
    let secondSequenceOf87: [ArraySlice<UInt8>]?
    let sequenceOf86: [ArraySlice<UInt8>]

    init(_ bytes: [UInt8], wrapping: Wrapping) throws {
        let root = try BER.parse(bytes)
        guard root.identifier == ASN1Identifier(tagWithNumber: 54, tagClass: .contextSpecific),
            case .constructed(let children) = root.content
        else {
            throw Malformed(description: "not a 'BF36' BoundProfilePackage")
        }
        var nodes = Array(children)
        guard let first = nodes.first,
            first.identifier == ASN1Identifier(tagWithNumber: 35, tagClass: .contextSpecific)
        else {
            throw Malformed(description: "'BF23' InitialiseSecureChannelRequest missing")
        }
        initialiseSecureChannelRequest = first
        nodes.removeFirst()

        func take(_ number: UInt, element elementTag: UInt) throws -> [ArraySlice<UInt8>]? {
            let identifier = ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific)
            guard let node = nodes.first, node.identifier == identifier else { return nil }
            nodes.removeFirst()
            guard case .constructed(let elements) = node.content else {
                throw Malformed(description: "sequence [\(number)] is not constructed")
            }
            return try elements.map { element in
                guard element.identifier == ASN1Identifier(tagWithNumber: elementTag, tagClass: .contextSpecific) else {
                    throw Malformed(description: "unexpected \(element.identifier) in sequence [\(number)]")
                }
                switch (wrapping, element.content) {
                case (.single, _):
                    return element.encodedBytes
                case (.double, .primitive(let value)):
                    return value
                case (.double, .constructed):
                    throw Malformed(description: "constructed element in sequence [\(number)]")
                }
            }
        }
        guard let a0 = try take(0, element: 7), let a1 = try take(1, element: 8) else {
            throw Malformed(description: "firstSequenceOf87 or sequenceOf88 missing")
        }
        firstSequenceOf87 = a0
        sequenceOf88 = a1
        secondSequenceOf87 = try take(2, element: 7)
        guard let a3 = try take(3, element: 6), nodes.isEmpty else {
            throw Malformed(description: "sequenceOf86 missing or trailing elements")
        }
        sequenceOf86 = a3
    }

    /// A primitive child of 'BF23' (or of a constructed child, via `path`), by tag number and class.
    func field(_ path: [(UInt, ASN1Identifier.TagClass)]) -> ArraySlice<UInt8>? {
        var node = initialiseSecureChannelRequest
        for (number, tagClass) in path {
            let identifier = ASN1Identifier(tagWithNumber: number, tagClass: tagClass)
            guard case .constructed(let children) = node.content,
                let child = children.first(where: { $0.identifier == identifier })
            else { return nil }
            node = child
        }
        guard case .primitive(let value) = node.content else { return nil }
        return value
    }
}
