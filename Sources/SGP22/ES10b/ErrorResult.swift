import SwiftASN1

/// The outcome of a failed Profile installation.
///
/// ```asn1
/// ErrorResult ::= SEQUENCE {
///     bppCommandId   BppCommandId,
///     errorReason    ErrorReason,
///     simaResponse   OCTET STRING OPTIONAL -- contains (multiple) 'EUICCResponse' as defined in [5]
/// }
/// ```
/// No component is tagged in the module, so automatic tagging makes them `80`, `81`, `82`.
public struct ErrorResult: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The part of the Bound Profile Package that failed.
    public var bppCommandId: BppCommandId
    public var errorReason: ErrorReason
    /// The profile package interpreter's `EUICCResponse` values, when it produced any.
    public var simaResponse: [UInt8]?

    public init(bppCommandId: BppCommandId, errorReason: ErrorReason, simaResponse: [UInt8]? = nil) {
        self.bppCommandId = bppCommandId
        self.errorReason = errorReason
        self.simaResponse = simaResponse
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            ErrorResult(
                bppCommandId: try DER.field(&nodes, "bppCommandId", identifier: .context(0)),
                errorReason: try DER.field(&nodes, "errorReason", identifier: .context(1)),
                simaResponse: try DER.optionalOctets(&nodes, identifier: .context(2)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try bppCommandId.serialize(into: &coder, withIdentifier: .context(0))
            try errorReason.serialize(into: &coder, withIdentifier: .context(1))
            try coder.serializeOptionalOctets(simaResponse, identifier: .context(2))
        }
    }
}
