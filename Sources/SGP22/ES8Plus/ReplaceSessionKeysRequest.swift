import SwiftASN1

/// Optional command of a Bound Profile Package (in `secondSequenceOf87`): switches to Profile Protection Keys.
///
/// ```asn1
/// ReplaceSessionKeysRequest ::= [38] SEQUENCE { -- tag 'BF26'
///     /*The new initial MAC chaining value*/
///     initialMacChainingValue OCTET STRING,
///     /*New session key value for encryption/decryption (PPK-ENC)*/
///     ppkEnc         OCTET STRING,
///     /*New session key value of the session key C-MAC computation/verification (PPKMAC)*/
///     ppkCmac        OCTET STRING
/// }
/// ```
/// No component is tagged in the module, so automatic tagging makes them `80`, `81`, `82`.
public struct ReplaceSessionKeysRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BF26`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBF26) }

    /// The new initial MAC chaining value.
    public var initialMacChainingValue: [UInt8]
    /// PPK-ENC: the new encryption key.
    public var ppkEnc: [UInt8]
    /// PPK-MAC: the new C-MAC key.
    public var ppkCmac: [UInt8]

    public init(initialMacChainingValue: [UInt8], ppkEnc: [UInt8], ppkCmac: [UInt8]) {
        self.initialMacChainingValue = initialMacChainingValue
        self.ppkEnc = ppkEnc
        self.ppkCmac = ppkCmac
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            ReplaceSessionKeysRequest(
                initialMacChainingValue: try DER.octets(&nodes, identifier: .context(0)),
                ppkEnc: try DER.octets(&nodes, identifier: .context(1)),
                ppkCmac: try DER.octets(&nodes, identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(initialMacChainingValue, identifier: .context(0))
            try coder.serializeOctets(ppkEnc, identifier: .context(1))
            try coder.serializeOctets(ppkCmac, identifier: .context(2))
        }
    }
}
