import SGP22
import SwiftASN1

/// PE-AKAParameter: how the NAA before it in the package authenticates to the network.
///
/// In a package it is the ProfileElement alternative `akaParameter`, `[4]` (`A4`). `sqnInit` is mandatory in
/// version 3.4 of the PE definitions but was DEFAULT in version 2, and the TS.48 packages (version 2.1 and 2.3)
/// leave it out, so it is read as optional. DEFAULT components are kept as encoded, for an exact round trip.
///
/// ```asn1
/// PE-AKAParameter ::= SEQUENCE {
///     aka-header     PEHeader,
///     algoConfiguration CHOICE {
///         mappingParameter MappingParameter,
///         algoParameter  AlgoParameter
///     },
///     sqnOptions     OCTET STRING (SIZE (1)) DEFAULT '02'H,
///     sqnDelta       OCTET STRING (SIZE (6)) DEFAULT '000010000000'H,
///     sqnAgeLimit    OCTET STRING (SIZE (6)) DEFAULT '000010000000'H,
///     sqnInit        SEQUENCE (SIZE (32)) OF OCTET STRING (SIZE (6)),
///     ssimParameters SEQUENCE {
///         networkName    UTF8String OPTIONAL,
///         keyDerivationFunctions SEQUENCE OF OCTET STRING (SIZE (1))
///     } OPTIONAL
/// }
/// ```
public struct AKAParameter: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The element's tag inside a package, `[4]`.
    public static let elementIdentifier = ASN1Identifier.context(4)

    /// `algoConfiguration`: explicitly tagged `[1]`, as AUTOMATIC TAGS tags a CHOICE.
    public enum AlgoConfiguration: Hashable, Sendable {
        case mappingParameter(MappingParameter)
        case algoParameter(AlgoParameter)
    }

    public var header: PEHeader
    public var algoConfiguration: AlgoConfiguration
    public var sqnOptions: [UInt8]?
    public var sqnDelta: [UInt8]?
    public var sqnAgeLimit: [UInt8]?
    /// The 32 initial sequence numbers, when given.
    public var sqnInit: [[UInt8]]?
    /// SSIM parameters, kept in their encoding.
    public var ssimParameters: ASN1Any?
    /// Components this version does not know, in their encoding.
    public var extensions: [ASN1Any]

    public init(
        header: PEHeader, algoConfiguration: AlgoConfiguration, sqnOptions: [UInt8]? = nil, sqnDelta: [UInt8]? = nil,
        sqnAgeLimit: [UInt8]? = nil, sqnInit: [[UInt8]]? = nil, ssimParameters: ASN1Any? = nil,
        extensions: [ASN1Any] = []
    ) {
        self.header = header
        self.algoConfiguration = algoConfiguration
        self.sqnOptions = sqnOptions
        self.sqnDelta = sqnDelta
        self.sqnAgeLimit = sqnAgeLimit
        self.sqnInit = sqnInit
        self.ssimParameters = ssimParameters
        self.extensions = extensions
    }

    /// The algorithm parameters, unless the configuration is mapped from another NAA.
    public var algoParameter: AlgoParameter? {
        if case .algoParameter(let parameter) = algoConfiguration { return parameter }
        return nil
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            let header = try PEHeader(derEncoded: &nodes, withIdentifier: .context(0))
            guard let wrapper = nodes.next(), wrapper.identifier == .context(1),
                case .constructed(let alternatives) = wrapper.content
            else { throw ASN1Error.invalidASN1Object(reason: "PE-AKAParameter has no algoConfiguration [1]") }
            var inner = alternatives.makeIterator()
            guard let choice = inner.next(), inner.next() == nil else {
                throw ASN1Error.invalidASN1Object(reason: "PE-AKAParameter algoConfiguration must hold one value")
            }
            let configuration: AlgoConfiguration
            switch choice.identifier {
            case .context(0):
                configuration = .mappingParameter(try MappingParameter(derEncoded: choice, withIdentifier: .context(0)))
            case .context(1):
                configuration = .algoParameter(try AlgoParameter(derEncoded: choice, withIdentifier: .context(1)))
            default:
                throw ASN1Error.invalidASN1Object(
                    reason: "PE-AKAParameter algoConfiguration \(choice.identifier) is unknown")
            }
            let options = try DER.optionalOctets(&nodes, identifier: .context(2), size: 1...1)
            let delta = try DER.optionalOctets(&nodes, identifier: .context(3), size: 6...6)
            let ageLimit = try DER.optionalOctets(&nodes, identifier: .context(4), size: 6...6)
            var sqnInit: [[UInt8]]?
            if let list = try DER.optionalImplicitlyTagged(&nodes, tag: .context(5), as: SequenceOfOctets.self) {
                guard list.values.count == 32, list.values.allSatisfy({ $0.count == 6 }) else {
                    throw ASN1Error.invalidASN1Object(reason: "PE-AKAParameter sqnInit must hold 32 values of 6 bytes")
                }
                sqnInit = list.values
            }
            var ssim: ASN1Any?
            var extensions: [ASN1Any] = []
            while let node = nodes.next() {
                if node.identifier == .context(6), ssim == nil, extensions.isEmpty {
                    ssim = ASN1Any(derEncoded: node)
                } else {
                    extensions.append(ASN1Any(derEncoded: node))
                }
            }
            return AKAParameter(
                header: header, algoConfiguration: configuration, sqnOptions: options, sqnDelta: delta,
                sqnAgeLimit: ageLimit, sqnInit: sqnInit, ssimParameters: ssim, extensions: extensions)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try header.serialize(into: &coder, withIdentifier: .context(0))
            try coder.appendConstructedNode(identifier: .context(1)) { coder in
                switch algoConfiguration {
                case .mappingParameter(let mapping): try mapping.serialize(into: &coder, withIdentifier: .context(0))
                case .algoParameter(let algorithm): try algorithm.serialize(into: &coder, withIdentifier: .context(1))
                }
            }
            try coder.serializeOptionalOctets(sqnOptions, identifier: .context(2))
            try coder.serializeOptionalOctets(sqnDelta, identifier: .context(3))
            try coder.serializeOptionalOctets(sqnAgeLimit, identifier: .context(4))
            if let sqnInit {
                try SequenceOfOctets(values: sqnInit).serialize(into: &coder, withIdentifier: .context(5))
            }
            if let ssimParameters { try coder.serialize(ssimParameters) }
            for element in extensions { try coder.serialize(element) }
        }
    }
}

/// `SEQUENCE OF OCTET STRING`, as an implicitly taggable value.
struct SequenceOfOctets: DERImplicitlyTaggable, Hashable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var values: [[UInt8]]

    init(values: [[UInt8]]) {
        self.values = values
    }

    init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        let strings = try DER.sequence(of: ASN1OctetString.self, identifier: identifier, rootNode: node)
        values = strings.map { Array($0.bytes) }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            for value in values { try coder.serializeOctets(value, identifier: .octetString) }
        }
    }
}
