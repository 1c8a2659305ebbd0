import SwiftASN1

/// The eUICC's answer when ES10b.AuthenticateServer fails.
///
/// ```asn1
/// AuthenticateResponseError ::= SEQUENCE {
///     transactionId  [0] TransactionId,
///     authenticateErrorCode AuthenticateErrorCode
/// }
/// ```
/// `transactionId` is tagged in the module, so automatic tagging does not apply and the
/// error code is a universal INTEGER (`02`).
public struct AuthenticateResponseError: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId
    public var authenticateErrorCode: AuthenticateErrorCode

    public init(transactionId: TransactionId, authenticateErrorCode: AuthenticateErrorCode) {
        self.transactionId = transactionId
        self.authenticateErrorCode = authenticateErrorCode
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateResponseError(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                authenticateErrorCode: try DER.field(&nodes, "authenticateErrorCode"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serialize(authenticateErrorCode)
        }
    }
}
