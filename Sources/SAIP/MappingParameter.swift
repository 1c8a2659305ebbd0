import SGP22
import SwiftASN1

/// An AKA configuration borrowed from another NAA of the profile instead of given here.
///
/// ```asn1
/// MappingParameter ::= SEQUENCE {
///     mappingOptions OCTET STRING (SIZE (1)),
///     mappingSource  ApplicationIdentifier
/// }
/// ```
public struct MappingParameter: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// `mappingOptions`, one byte.
    public var mappingOptions: UInt8
    /// The AID of the NAA whose parameters apply.
    public var mappingSource: [UInt8]

    public init(mappingOptions: UInt8, mappingSource: [UInt8]) {
        self.mappingOptions = mappingOptions
        self.mappingSource = mappingSource
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            let options = try DER.octets(&nodes, identifier: .context(0), size: 1...1)
            let source = try DER.octets(&nodes, identifier: .context(1), size: 5...16)
            return MappingParameter(mappingOptions: options[0], mappingSource: source)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets([mappingOptions], identifier: .context(0))
            try coder.serializeOctets(mappingSource, identifier: .context(1))
        }
    }
}
