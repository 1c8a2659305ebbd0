import SGP22
import SwiftASN1

/// Si2.AuthenticateSsp: the LBA relays the SPBL's answer to Si3.AuthenticateSpbm (like ES9+
/// AuthenticateClient).
///
/// ```asn1
/// AuthenticateSspRequest ::= [4226] SEQUENCE { -- Tag 'BFA102'
///     transactionId [0] TransactionId,
///     authenticateSpbmResponse AuthenticateSpbmResponse
/// }
/// ```
public struct AuthenticateSspRequest: DERImplicitlyTaggable, Hashable, Sendable {
    /// `BFA102`.
    public static var defaultIdentifier: ASN1Identifier { .berTag(0xBFA102) }

    public var transactionId: TransactionId
    /// `BFA002`, exactly as the SPBL returned it.
    public var authenticateSpbmResponse: AuthenticateSpbmResponse

    public init(transactionId: TransactionId, authenticateSpbmResponse: AuthenticateSpbmResponse) {
        self.transactionId = transactionId
        self.authenticateSpbmResponse = authenticateSpbmResponse
    }

    public init(derEncoded node: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.extensibleSequence(node, identifier: identifier) { nodes in
            AuthenticateSspRequest(
                transactionId: try DER.field(&nodes, "transactionId", identifier: .context(0)),
                authenticateSpbmResponse: try DER.field(&nodes, "authenticateSpbmResponse"))
        }
    }

    public func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try transactionId.serialize(into: &coder, withIdentifier: .context(0))
            try coder.serialize(authenticateSpbmResponse)
        }
    }
}
