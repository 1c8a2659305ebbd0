import SGP22
import SwiftASN1

/// The network authentication algorithm of a NAA and its secrets: K and OPc.
///
/// DEFAULT components are kept as encoded (`nil` when absent, i.e. when the default applies), so that
/// re-encoding gives back the same bytes.
///
/// ```asn1
/// AlgoParameter ::= SEQUENCE {
///     algorithmID    INTEGER {
///                        milenage (1),
///                        tuak (2),
///                        usim-test-algorithm (3)
///                    },
///     algorithmOptions OCTET STRING (SIZE (1)),
///     key            OCTET STRING,
///     opc            OCTET STRING, /* OPc for Milenage; TOPc for TUAK; ignored in case of usim-test-algorithm */
///     rotationConstants OCTET STRING (SIZE (5)) DEFAULT '4000204060'H,
///     xoringConstants OCTET STRING (SIZE (80)) DEFAULT '00…01 00…02 00…04 00…08'H,
///     authCounterMax OCTET STRING (SIZE (3)) OPTIONAL, /* ignored in case of usim-test-algorithm */
///     numberOfKeccak UInt8 DEFAULT 1
/// }
/// ```
public struct AlgoParameter: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// `algorithmID`.
    public enum Algorithm: Hashable, Sendable, CustomStringConvertible {
        /// Milenage (3GPP TS 35.205/35.206).
        case milenage
        /// TUAK (3GPP TS 35.231).
        case tuak
        /// The XOR test algorithm of 3GPP TS 34.108 §8.1.2, which test cards and the TS.48 profiles use.
        case usimTestAlgorithm
        /// A value the module does not name.
        case other(Int)

        public init(rawValue: Int) {
            switch rawValue {
            case 1: self = .milenage
            case 2: self = .tuak
            case 3: self = .usimTestAlgorithm
            default: self = .other(rawValue)
            }
        }

        public var rawValue: Int {
            switch self {
            case .milenage: return 1
            case .tuak: return 2
            case .usimTestAlgorithm: return 3
            case .other(let value): return value
            }
        }

        public var description: String {
            switch self {
            case .milenage: return "milenage"
            case .tuak: return "tuak"
            case .usimTestAlgorithm: return "usim-test-algorithm"
            case .other(let value): return "algorithm \(value)"
            }
        }
    }

    public var algorithm: Algorithm
    /// `algorithmOptions`, one byte.
    public var algorithmOptions: UInt8
    /// The subscriber key K.
    public var key: [UInt8]
    /// OPc for Milenage, TOPc for TUAK; ignored by the test algorithm.
    public var opc: [UInt8]
    /// Milenage r1…r5 when not the default.
    public var rotationConstants: [UInt8]?
    /// Milenage c1…c5 when not the default.
    public var xoringConstants: [UInt8]?
    public var authCounterMax: [UInt8]?
    /// TUAK's Keccak iterations when not the default (1).
    public var numberOfKeccak: UInt8?

    public init(
        algorithm: Algorithm, algorithmOptions: UInt8, key: [UInt8], opc: [UInt8],
        rotationConstants: [UInt8]? = nil, xoringConstants: [UInt8]? = nil, authCounterMax: [UInt8]? = nil,
        numberOfKeccak: UInt8? = nil
    ) {
        self.algorithm = algorithm
        self.algorithmOptions = algorithmOptions
        self.key = key
        self.opc = opc
        self.rotationConstants = rotationConstants
        self.xoringConstants = xoringConstants
        self.authCounterMax = authCounterMax
        self.numberOfKeccak = numberOfKeccak
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(node, identifier: identifier) { nodes in
            let algorithm = try Int(derEncoded: &nodes, withIdentifier: .context(0))
            let options = try DER.octets(&nodes, identifier: .context(1), size: 1...1)
            let key = try DER.octets(&nodes, identifier: .context(2))
            let opc = try DER.octets(&nodes, identifier: .context(3))
            let rotation = try DER.optionalOctets(&nodes, identifier: .context(4), size: 5...5)
            let xoring = try DER.optionalOctets(&nodes, identifier: .context(5), size: 80...80)
            let counter = try DER.optionalOctets(&nodes, identifier: .context(6), size: 3...3)
            let keccak = try DER.optionalImplicitlyTagged(&nodes, tag: .context(7), as: UInt8.self)
            return AlgoParameter(
                algorithm: Algorithm(rawValue: algorithm), algorithmOptions: options[0], key: key, opc: opc,
                rotationConstants: rotation, xoringConstants: xoring, authCounterMax: counter,
                numberOfKeccak: keccak)
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try algorithm.rawValue.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serializeOctets([algorithmOptions], identifier: .context(1))
            try coder.serializeOctets(key, identifier: .context(2))
            try coder.serializeOctets(opc, identifier: .context(3))
            try coder.serializeOptionalOctets(rotationConstants, identifier: .context(4))
            try coder.serializeOptionalOctets(xoringConstants, identifier: .context(5))
            try coder.serializeOptionalOctets(authCounterMax, identifier: .context(6))
            try coder.serializeOptionalImplicitlyTagged(numberOfKeccak, withIdentifier: .context(7))
        }
    }
}
