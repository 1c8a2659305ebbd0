import SGP22
import SwiftASN1

/// The SPBL's refusal of Si3.AuthenticateSpbm.
///
/// ```asn1
/// AuthenticateSpbmResponseError ::= SEQUENCE {
///     transactionId [0] TransactionId OPTIONAL,     -- absent when spbmSigned1 could not be read
///     authenticateErrorCode [1] SpblErrorReason
/// }
/// ```
public struct AuthenticateSpbmResponseError: DERImplicitlyTaggable, Hashable, Sendable {
    public static var defaultIdentifier: ASN1Identifier { .sequence }

    public var transactionId: TransactionId?
    public var authenticateErrorCode: SpblErrorReason

    public init(transactionId: TransactionId?, authenticateErrorCode: SpblErrorReason) {
        self.transactionId = transactionId
        self.authenticateErrorCode = authenticateErrorCode
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateSpbmResponseError(
                transactionId: try DER.optionalField(&nodes, "transactionId", identifier: .context(0)),
                authenticateErrorCode: try DER.field(&nodes, "authenticateErrorCode", identifier: .context(1)))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId?.serialize(into: &coder, withIdentifier: .context(0))
            try authenticateErrorCode.serialize(into: &coder, withIdentifier: .context(1))
        }
    }
}
