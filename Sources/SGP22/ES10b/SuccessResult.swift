import SwiftASN1

/// The outcome of a successful Profile installation.
///
/// SGP.22 v3.1 renames `simaResponse` to `ppiResponse`; the encoding is the same.
///
/// ```asn1
/// SuccessResult ::= SEQUENCE {
///     aid            [APPLICATION 15] OCTET STRING (SIZE (5..16)), -- AID of ISD-P
///     simaResponse   OCTET STRING -- contains (multiple) 'EUICCResponse' as defined in [5]
/// }
/// ```
public struct SuccessResult: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// AID of the ISD-P that holds the new Profile (5 to 16 octets, tag `4F`).
    public var aid: [UInt8]
    /// The profile package interpreter's `EUICCResponse` values, as DER.
    public var simaResponse: [UInt8]

    public init(aid: [UInt8], simaResponse: [UInt8]) {
        self.aid = aid
        self.simaResponse = simaResponse
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SuccessResult(
                aid: try DER.octets(&nodes, identifier: .application(15), size: 5...16),
                simaResponse: try DER.octets(&nodes, identifier: .octetString))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serializeOctets(aid, identifier: .application(15))
            try coder.serializeOctets(simaResponse, identifier: .octetString)
        }
    }
}
