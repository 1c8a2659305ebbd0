import SGP22
import SwiftASN1

/// Si3.SpbStateChange: enable, disable, activate, deactivate or delete one bundle.
///
/// ```asn1
/// SpbStateChangeRequest ::= [4101] SEQUENCE { -- Tag 'BFA005'
///     spbId [0] SpbId,
///     operation [1] SpbStateChangeOperation
/// }
/// ```
public struct SpbStateChangeRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA005`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA005) }

    public var spbId: SpbId
    public var operation: SpbStateChangeOperation

    public init(spbId: SpbId, operation: SpbStateChangeOperation) {
        self.spbId = spbId
        self.operation = operation
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            SpbStateChangeRequest(
                spbId: try DER.field(&nodes, "spbId", identifier: .context(0)),
                operation: try DER.field(&nodes, "operation", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try spbId.serialize(into: &coder, withIdentifier: .context(0))
            try operation.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
